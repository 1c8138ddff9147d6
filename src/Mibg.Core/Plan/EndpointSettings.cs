namespace Mibg.Core.Plan;

/// <summary>
/// Survival endpoints (INRG, Cohn et al., J Clin Oncol 2009). EFS: first relapse, progression, second
/// malignancy or death; OS: death; both censored at last contact.
/// </summary>
public sealed record EndpointSettings
{
    /// <summary>Endpoints analysed: <c>efs</c>, <c>os</c>. Default both.</summary>
    public IReadOnlyList<SurvivalEndpoint> Endpoints { get; init; } = [SurvivalEndpoint.Efs, SurvivalEndpoint.Os];
    /// <summary>Origin for the whole cohort: <c>diagnosis</c>. Default <c>diagnosis</c>.</summary>
    public TimeOrigin CohortOrigin { get; init; } = TimeOrigin.Diagnosis;
    /// <summary>
    /// Origin for comparisons defined by the post-HDC finding: <c>post_hdc_scan</c> (landmark, avoids immortal
    /// time) or <c>diagnosis</c>. Default <c>post_hdc_scan</c>.
    /// </summary>
    public TimeOrigin ComparisonOrigin { get; init; } = TimeOrigin.PostHdcScan;
    /// <summary>Days per year of the time unit, &gt; 0. Default 365.25.</summary>
    public double DaysPerYear { get; init; } = 365.25;
    /// <summary>
    /// Times (years from the origin) at which every survival curve is read with its confidence interval and number at
    /// risk (results.json <c>at_times</c>, Table 4). Default 3 and 5 years, the figures reported by high-risk
    /// neuroblastoma trials (e.g. HR-NBL1, Ladenstein et al., Lancet Oncol 2017).
    /// </summary>
    public IReadOnlyList<double> AtTimesYears { get; init; } = [3, 5];
    /// <summary>
    /// A median survival from a group of fewer patients than this is flagged as unreliable (printed with a mark and
    /// explained). Default 10: below it the median rests on one or two events. ≥ 1.
    /// </summary>
    public int MinPatientsForMedian { get; init; } = 10;
    /// <summary>
    /// Curves in the report's figures stop where fewer than this many patients remain at risk (results.json keeps the
    /// whole curve). Default 5, following Pocock, Clayton &amp; Altman (Lancet 2002) on curtailing survival plots where
    /// few patients remain; 0 draws every curve to its end.
    /// </summary>
    public int CurveStopsBelowAtRisk { get; init; } = 5;
}

/// <summary>Follow-up: from <see cref="Origin"/> to last contact, among patients without an event.</summary>
public sealed record FollowUpSettings
{
    /// <summary><c>diagnosis</c> or <c>post_hdc_scan</c>. Default <c>diagnosis</c>.</summary>
    public TimeOrigin Origin { get; init; } = TimeOrigin.Diagnosis;
}

/// <summary>Cox model of persistence (design/analysis.md step 6).</summary>
public sealed record CoxSettings
{
    /// <summary>Adjust for MYCN amplification. Default true.</summary>
    public bool AdjustMycn { get; init; } = true;
    /// <summary>Adjust for diagnosis SIOPEN total above <see cref="DiagnosisSiopenAbove"/>. Default true.</summary>
    public bool AdjustDiagnosisSiopen { get; init; } = true;
    /// <summary>Diagnosis SIOPEN cut-off (≤ vs &gt;; Ladenstein et al., EJNMMI 2018). Default 3.</summary>
    public int DiagnosisSiopenAbove { get; init; } = 3;
    /// <summary>Tie handling: <c>efron</c> or <c>breslow</c>. Default <c>efron</c> (R's default).</summary>
    public CoxTieMethod Ties { get; init; } = CoxTieMethod.Efron;

    /// <summary>
    /// Factors at diagnosis the HR of persistence is adjusted for, in model order. Default MYCN and diagnosis SIOPEN
    /// (the two the seed study and Ladenstein et al., EJNMMI 2018 adjust for). <see cref="AdjustMycn"/> and
    /// <see cref="AdjustDiagnosisSiopen"/> set to false remove those two from this list (kept for existing plans).
    /// </summary>
    public IReadOnlyList<PrognosticFactor> Covariates { get; init; } = [PrognosticFactor.Mycn, PrognosticFactor.DiagnosisSiopen];

    /// <summary>
    /// LDH cut-off for <see cref="PrognosticFactor.Ldh"/>, U/L (above vs at or below). Default 1250: the cut-off of the
    /// HR-NBL1/SIOPEN risk score in metastatic neuroblastoma over 18 months (Morgenstern et al., Pediatr Blood Cancer
    /// 2016). Range 1..50000.
    /// </summary>
    public double LdhAboveUPerL { get; init; } = 1250;

    /// <summary>How a patient with an unknown value of a chosen factor is handled; default <c>complete_cases</c> (see <see cref="UnknownCovariateRule"/>).</summary>
    public UnknownCovariateRule Unknown { get; init; } = UnknownCovariateRule.CompleteCases;

    /// <summary>
    /// A factor known for fewer than this share of the patients is left out of the model (named in the notes), so that
    /// a sparsely recorded factor cannot shrink the model to a few complete cases. Default 0.5; range (0, 1].
    /// </summary>
    public double MinKnownShare { get; init; } = 0.5;

    /// <summary>The factors in the model: <see cref="Covariates"/> without those the two legacy switches turn off, each once.</summary>
    public IReadOnlyList<PrognosticFactor> EffectiveCovariates() => Covariates
        .Where(f => (f != PrognosticFactor.Mycn || AdjustMycn) && (f != PrognosticFactor.DiagnosisSiopen || AdjustDiagnosisSiopen))
        .Distinct().ToArray();
}

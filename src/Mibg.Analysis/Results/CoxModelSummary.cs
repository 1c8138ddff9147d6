using Mibg.Core.Plan;
using Mibg.Statistics.Regression;

namespace Mibg.Analysis.Results;

/// <summary>
/// A Cox model of design/analysis.md step 6: EFS (or OS) from the plan's comparison origin (default the post-HDC
/// scan) on persistence, adjusted for the plan's factors (<c>cox.covariates</c>) where data allow: a factor known
/// for fewer than <c>cox.min_known_share</c> of the patients or without variation is dropped, patients with a missing
/// value are left out (complete cases) unless <c>cox.unknown</c> is <c>unknown_category</c>, and <see cref="Notes"/> says so. Coefficients as <c>mibg cox</c>
/// prints them (R: <c>coxph(Surv(time, event) ~ persistent + mycn_amplified + diagnosis_siopen_above_3)</c>).
/// </summary>
public sealed record CoxModelSummary
{
    /// <summary><c>efs</c> or <c>os</c>.</summary>
    public required SurvivalEndpoint Endpoint { get; init; }
    /// <summary>Time origin (<c>post_hdc_scan</c> by default).</summary>
    public required TimeOrigin Origin { get; init; }
    /// <summary>Tie handling (<c>efron</c> or <c>breslow</c>).</summary>
    public required CoxTieMethod Ties { get; init; }
    /// <summary>How unknown covariate values were handled (plan <c>cox.unknown</c>).</summary>
    public Mibg.Core.Plan.UnknownCovariateRule Unknown { get; init; }
    /// <summary>
    /// Terms in the model, 0/1 each: <c>persistent</c>, then the plan's factors (<c>mycn_amplified</c>,
    /// <c>diagnosis_siopen_above_3</c>, <c>age_under_18_months</c>, <c>chr_11q_loss</c>, <c>chr_1p_loss</c>,
    /// <c>alk_aberrant</c>, <c>histology_unfavourable</c>, <c>ldh_above_1250</c>; <c>…_unknown</c> under unknown_category).
    /// </summary>
    public required IReadOnlyList<string> Covariates { get; init; }
    /// <summary>Patients in the model (complete cases).</summary>
    public required int N { get; init; }
    /// <summary>Events in the model.</summary>
    public required int Events { get; init; }
    /// <summary>Patients left out for a missing covariate.</summary>
    public required int Dropped { get; init; }
    /// <summary>The patients left out for a missing covariate, sorted.</summary>
    public IReadOnlyList<string> DroppedPatients { get; init; } = [];
    /// <summary>Coefficients, hazard ratios and Wald confidence intervals.</summary>
    public required IReadOnlyList<CoxCoefficient> Coefficients { get; init; }
    /// <summary>Likelihood-ratio test of the model.</summary>
    public required ChiSquareTest LrTest { get; init; }
    /// <summary>Harrell's concordance.</summary>
    public required ConcordanceEstimate Concordance { get; init; }
    /// <summary>What each covariate compares, with its reference level named (e.g. persistent vs cleared after HDC).</summary>
    public IReadOnlyDictionary<string, string> ReferenceLevels { get; init; } = new Dictionary<string, string>();
    /// <summary>Covariates whose coefficient may be infinite (a group without events: separation): reported "not estimable".</summary>
    public IReadOnlyList<string> NotEstimable { get; init; } = [];
    /// <summary>Proportional-hazards check (R <c>cox.zph(fit)</c>, KM time transform); null when it cannot be computed.</summary>
    public ProportionalHazardsResult? Zph { get; init; }
    /// <summary>Why a covariate or patients were dropped.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

namespace Mibg.Core.Plan;

/// <summary>
/// Survival endpoints (INRG, Cohn et al., J Clin Oncol 2009). EFS: first relapse, progression, second
/// malignancy or death; OS: death; both censored at last contact.
/// </summary>
public sealed record EndpointSettings
{
    /// <summary>Endpoints analysed: <c>efs</c>, <c>os</c>. Default both.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = ["efs", "os"];
    /// <summary>Origin for the whole cohort: <c>diagnosis</c>. Default <c>diagnosis</c>.</summary>
    public string CohortOrigin { get; init; } = "diagnosis";
    /// <summary>
    /// Origin for comparisons defined by the post-HDC finding: <c>post_hdc_scan</c> (landmark, avoids immortal
    /// time) or <c>diagnosis</c>. Default <c>post_hdc_scan</c>.
    /// </summary>
    public string ComparisonOrigin { get; init; } = "post_hdc_scan";
    /// <summary>Days per year of the time unit, &gt; 0. Default 365.25.</summary>
    public double DaysPerYear { get; init; } = 365.25;
}

/// <summary>Follow-up: from <see cref="Origin"/> to last contact, among patients without an event.</summary>
public sealed record FollowUpSettings
{
    /// <summary><c>diagnosis</c> or <c>post_hdc_scan</c>. Default <c>diagnosis</c>.</summary>
    public string Origin { get; init; } = "diagnosis";
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
    public string Ties { get; init; } = "efron";
}

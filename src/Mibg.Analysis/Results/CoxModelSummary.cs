namespace Mibg.Analysis.Results;

/// <summary>
/// A Cox model of design/analysis.md step 6: EFS (or OS) from the post-HDC scan on persistence, adjusted for
/// MYCN amplification and diagnosis SIOPEN &gt; 3 where data allow (a covariate without variation or with
/// too few known values is dropped, and <see cref="Notes"/> says so).
/// </summary>
public sealed record CoxModelSummary
{
    /// <summary><c>efs</c> or <c>os</c>.</summary>
    public required string Endpoint { get; init; }
    /// <summary>Time origin (<c>post_hdc_scan</c>).</summary>
    public required string Origin { get; init; }
    /// <summary>Covariates in the model: <c>persistent</c>, <c>mycn_amplified</c>, <c>diagnosis_siopen_above_3</c>.</summary>
    public required IReadOnlyList<string> Covariates { get; init; }
    /// <summary>Patients in the model (complete cases).</summary>
    public required int N { get; init; }
    /// <summary>Events in the model.</summary>
    public required int Events { get; init; }
    /// <summary>Coefficients, hazard ratios and Wald CIs.</summary>
    public required IReadOnlyList<CoxCoefficientJson> Coefficients { get; init; }
    /// <summary>Why a covariate or patients were dropped.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

namespace Mibg.Core.Plan;

/// <summary>
/// Eligibility criteria, applied in this order (the flow diagram's steps): stage, age, diagnosis period,
/// positive diagnosis scan, HDC given, post-HDC scan read. Defaults: the seed study (design/analysis.md).
/// </summary>
public sealed record EligibilityCriteria
{
    /// <summary>INRG stages accepted. Default [M].</summary>
    public IReadOnlyList<string> InrgStages { get; init; } = ["M"];
    /// <summary>INSS stages accepted when the INRG stage is blank. Default [4].</summary>
    public IReadOnlyList<string> InssStagesWhenInrgBlank { get; init; } = ["4"];
    /// <summary>Age at diagnosis must be strictly greater than this many days. Default 365 ("over 1 year").</summary>
    public int MinAgeAtDiagnosisDaysExclusive { get; init; } = 365;
    /// <summary>First diagnosis date accepted (inclusive). Default 2000-01-01.</summary>
    public DateOnly DiagnosisFrom { get; init; } = new(2000, 1, 1);
    /// <summary>Last diagnosis date accepted (inclusive). Default 2020-12-31.</summary>
    public DateOnly DiagnosisTo { get; init; } = new(2020, 12, 31);
    /// <summary>The diagnosis scan's SIOPEN total must be strictly greater than this. Default 0 (a positive scan).</summary>
    public int DiagnosisTotalAbove { get; init; }
    /// <summary>Whether HDC must have been given (hdc_date present). Default true.</summary>
    public bool RequireHdc { get; init; } = true;
    /// <summary>Whether a post-HDC scan with a usable read is required. Default true.</summary>
    public bool RequirePostHdcScan { get; init; } = true;
}

using Mibg.Core.Plan;
using Mibg.Statistics.Survival;

namespace Mibg.Analysis.Results;

/// <summary>
/// One Kaplan–Meier analysis of design/analysis.md step 6. <see cref="Km"/> and <see cref="Logrank"/> hold
/// the statistics engine's results, serialised exactly as <c>mibg km</c> / <c>mibg logrank</c> print them
/// (design/cli.md). Stratum names are group codes.
/// </summary>
public sealed record SurvivalComparison
{
    /// <summary><c>efs</c> or <c>os</c>.</summary>
    public required SurvivalEndpoint Endpoint { get; init; }
    /// <summary>Time origin: <c>diagnosis</c> or <c>post_hdc_scan</c> (landmark).</summary>
    public required TimeOrigin Origin { get; init; }
    /// <summary>
    /// <c>cohort</c> (one curve) or <c>persistent_vs_cleared</c>. Groups defined by what happened after the origin
    /// (e.g. <c>persistent_response</c>, event-free by definition) are never compared by Kaplan–Meier: the comparison
    /// would be guaranteed, not found (design/analysis.md step 6).
    /// </summary>
    public required SurvivalComparisonKind Comparison { get; init; }
    /// <summary>Kaplan–Meier estimate per stratum, times in years.</summary>
    public required KaplanMeierResult Km { get; init; }
    /// <summary>Log-rank test across strata; null for a single curve.</summary>
    public required LogRankResult? Logrank { get; init; }
    /// <summary>Patients of each stratum (stratum name → sorted ids).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Patients { get; init; }
    /// <summary>Patients left out (e.g. an event before the landmark) with the reason.</summary>
    public IReadOnlyList<Exclusion> LeftOut { get; init; } = [];
    /// <summary>The curve's origin and what it conditions on, in words (printed under the figure and in the methods).</summary>
    public string Description { get; init; } = "";
    /// <summary>Each curve read at the plan's times (default 3 and 5 years) with CI and number at risk.</summary>
    public IReadOnlyList<SurvivalAtTime> AtTimes { get; init; } = [];
    /// <summary>Cox hazard ratio (95% CI) of a two-group comparison, beside the log-rank p; null for one curve.</summary>
    public SurvivalHazardRatio? HazardRatio { get; init; }
    /// <summary>Per stratum: whether its median rests on fewer patients than the plan's minimum.</summary>
    public IReadOnlyList<MedianFlag> MedianFlags { get; init; } = [];
}

/// <summary>What a survival analysis compares (results.json <c>survival[].comparison</c>).</summary>
public enum SurvivalComparisonKind
{
    /// <summary>One curve for the whole cohort. Code <c>cohort</c>.</summary>
    Cohort,
    /// <summary>Persistent vs cleared after HDC (the only comparison of groups known at the origin). Code <c>persistent_vs_cleared</c>.</summary>
    PersistentVsCleared,
}

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
    public required string Endpoint { get; init; }
    /// <summary>Time origin: <c>diagnosis</c> or <c>post_hdc_scan</c> (landmark).</summary>
    public required string Origin { get; init; }
    /// <summary><c>cohort</c> (one curve), <c>persistent_vs_cleared</c>, or <c>persistent_groups</c>.</summary>
    public required string Comparison { get; init; }
    /// <summary>Kaplan–Meier estimate per stratum, times in years.</summary>
    public required KaplanMeierResult Km { get; init; }
    /// <summary>Log-rank test across strata; null for a single curve.</summary>
    public required LogRankResult? Logrank { get; init; }
    /// <summary>Patients of each stratum (stratum name → sorted ids).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Patients { get; init; }
    /// <summary>Patients left out (e.g. an event before the landmark) with the reason.</summary>
    public IReadOnlyList<Exclusion> LeftOut { get; init; } = [];
}

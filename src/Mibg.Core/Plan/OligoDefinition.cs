using Mibg.Core.TimePoints;

namespace Mibg.Core.Plan;

/// <summary>
/// Oligo-skeletal disease (design/domain.md; no consensus exists). A scan is oligo when it has at least one
/// positive segment and meets every limit that is set (null = no limit). Default: 1..3 positive segments,
/// each scored 1..3 (discrete lesions), ≤ 3 discrete lesions in total — HR-NBL1's "≤ 3 mIBG-positive spots".
/// Alternatives: ESTRO–ASTRO 2020 adult definition (max_positive_segments 5, max_discrete_lesions 5);
/// SIOPEN total ≤ 3 (max_total 3, the others null).
/// </summary>
public sealed record OligoDefinition
{
    /// <summary>Most positive segments allowed. Default 3.</summary>
    public int? MaxPositiveSegments { get; init; } = 3;
    /// <summary>Highest score allowed in a positive segment (3 = discrete lesions only). Default 3.</summary>
    public int? MaxSegmentScore { get; init; } = 3;
    /// <summary>Most discrete lesions in total (sum of segment scores 1..3). Default 3.</summary>
    public int? MaxDiscreteLesions { get; init; } = 3;
    /// <summary>Largest SIOPEN total allowed. Default null (no limit).</summary>
    public int? MaxTotal { get; init; }
    /// <summary>Time point of the scan judged. Default <c>post_hdc</c>.</summary>
    public TimePoint Timepoint { get; init; } = TimePoint.PostHdc;

    /// <summary>The definition in words.</summary>
    public string Describe()
    {
        var parts = new List<string> { "at least 1 positive segment" };
        if (MaxPositiveSegments is { } s) parts.Add($"at most {s} positive segments");
        if (MaxSegmentScore is { } m) parts.Add($"each scored at most {m}");
        if (MaxDiscreteLesions is { } d) parts.Add($"at most {d} discrete lesions in total");
        if (MaxTotal is { } t) parts.Add($"SIOPEN total at most {t}");
        return string.Join(", ", parts) + $" on the {Timepoint.Code()} scan";
    }
}

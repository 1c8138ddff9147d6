using System.Collections.Frozen;

namespace Mibg.Core.Scoring;

/// <summary>
/// The authoritative list of the 12 SIOPEN skeletal segments. Every other part of mibg reads it;
/// no second copy of this list may exist (architecture.md).
/// Source: Lewington et al., EJNMMI 2017;44:234–241; order and codes: design/data-dictionary.md.
/// </summary>
public static class SiopenSegments
{
    /// <summary>The 12 segments in the published order.</summary>
    public static IReadOnlyList<SiopenSegment> All { get; } =
    [
        new(1, "skull", "skull"),
        new(2, "thoracic_cage", "thoracic cage"),
        new(3, "right_upper_limb_proximal", "proximal right upper limb"),
        new(4, "right_upper_limb_distal", "distal right upper limb"),
        new(5, "left_upper_limb_proximal", "proximal left upper limb"),
        new(6, "left_upper_limb_distal", "distal left upper limb"),
        new(7, "spine", "spine"),
        new(8, "pelvis", "pelvis"),
        new(9, "right_lower_limb_proximal", "proximal right lower limb"),
        new(10, "right_lower_limb_distal", "distal right lower limb"),
        new(11, "left_lower_limb_proximal", "proximal left lower limb"),
        new(12, "left_lower_limb_distal", "distal left lower limb"),
    ];

    /// <summary>Number of segments (12).</summary>
    public static int Count => All.Count;

    private static readonly FrozenDictionary<string, SiopenSegment> ByCodeMap =
        All.ToFrozenDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a segment by its code (case-insensitive); null when unknown.</summary>
    public static SiopenSegment? FindByCode(string code) =>
        ByCodeMap.TryGetValue(code.Trim(), out var s) ? s : null;

    /// <summary>Whether <paramref name="code"/> names a SIOPEN segment.</summary>
    public static bool IsCode(string code) => FindByCode(code) is not null;
}

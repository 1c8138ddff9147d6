namespace Mibg.Core.Scoring;

/// <summary>
/// The 10 regions of the Curie mIBG score: 9 skeletal regions and 1 soft-tissue region, each 0..3.
/// Source: Ady et al., Eur J Cancer 1995; Yanik et al., J Nucl Med 2013 (doi:10.2967/jnumed.112.112334);
/// codes as in design/data-dictionary.md (study column = <c>curie_</c> + code).
/// </summary>
public static class CurieRegions
{
    /// <summary>The 10 region codes in their documented order; the last is soft tissue.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "head", "cervicothoracic_spine", "ribs_sternum", "lumbosacral_spine", "pelvis",
        "upper_arms", "forearms_hands", "thighs", "lower_legs_feet", "soft_tissue",
    ];

    /// <summary>Number of regions (10).</summary>
    public static int Count => All.Count;

    /// <summary>Column name of a region in the reads table.</summary>
    public static string Column(string code) => "curie_" + code;
}

using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Scoring;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Core.Tests.Cohort;

/// <summary>Oligo-skeletal definitions of design/domain.md on scans judged by hand.</summary>
public class OligoRuleTests
{
    private static bool Oligo(int[] v, OligoDefinition? d = null) => OligoRule.IsOligo(ResolvedRead.From(new SiopenScore(v), "consensus"), d ?? new OligoDefinition());

    [Fact]
    public void Default_is_one_to_three_discrete_lesions()
    {
        Assert.True(Oligo(Seg(("spine", 1))));                                    // 1 lesion
        Assert.True(Oligo(Seg(("spine", 3))));                                    // 3 lesions in one segment
        Assert.True(Oligo(Seg(("spine", 1), ("pelvis", 1), ("skull", 1))));      // 3 segments × 1 lesion
        Assert.False(Oligo(Seg(("spine", 2), ("pelvis", 2))));                    // 4 lesions
        Assert.False(Oligo(Seg(("spine", 1), ("pelvis", 1), ("skull", 1), ("thoracic_cage", 1)))); // 4 segments
        Assert.False(Oligo(Seg(("spine", 4))));                                   // > 3 foci / diffuse
        Assert.False(Oligo(Zero));                                                // no disease is not oligo
    }

    [Fact]
    public void Estro_astro_alternative_allows_five_lesions()
    {
        var estro = new OligoDefinition { MaxPositiveSegments = 5, MaxDiscreteLesions = 5 };
        Assert.True(Oligo(Seg(("spine", 2), ("pelvis", 3)), estro));             // 5 lesions
        Assert.False(Oligo(Seg(("spine", 3), ("pelvis", 3)), estro));            // 6 lesions
    }

    [Fact]
    public void Siopen_total_alternative()
    {
        var total3 = new OligoDefinition { MaxPositiveSegments = null, MaxSegmentScore = null, MaxDiscreteLesions = null, MaxTotal = 3 };
        Assert.True(Oligo(Seg(("spine", 3)), total3));
        Assert.False(Oligo(Seg(("spine", 4)), total3));
        Assert.True(Oligo(Seg(("spine", 1), ("pelvis", 1), ("skull", 1)), total3));
    }
}

using Mibg.Core.Cohort;
using Mibg.Core.Scoring;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Core.Tests.Cohort;

/// <summary>Site classes of design/domain.md ("Site-level analysis") on reads classified by hand.</summary>
public class RelapseSiteClassificationTests
{
    private static ResolvedRead R(int[] v) => ResolvedRead.From(new SiopenScore(v), "consensus");

    [Fact]
    public void Each_positive_segment_at_progression_is_persistent_cleared_or_new()
    {
        // diagnosis: skull 2, spine 4, pelvis 3; reference (post-HDC): spine 1;
        // progression: spine 3 (positive on reference → persistent), pelvis 2 (positive at dx, 0 on reference → cleared),
        // left_lower_limb_distal 1 (0 at dx → new); skull 0 at progression → not listed.
        var k = RelapseSiteClassification.Classify(
            R(Seg(("spine", 3), ("pelvis", 2), ("left_lower_limb_distal", 1))),
            R(Seg(("spine", 1))),
            R(Seg(("skull", 2), ("spine", 4), ("pelvis", 3))));
        Assert.Equal(["spine"], k.Persistent);
        Assert.Equal(["pelvis"], k.Cleared);
        Assert.Equal(["left_lower_limb_distal"], k.New);
        Assert.True(k.AtPriorSkeletalSites);
        Assert.Equal(RelapsePattern.InvolvesNew, k.Pattern);
    }

    [Fact]
    public void Segment_positive_on_reference_but_not_at_diagnosis_is_persistent()
    {
        // persistent = positive on the last scan before the event; the diagnosis scan does not matter then.
        var k = RelapseSiteClassification.Classify(R(Seg(("skull", 1))), R(Seg(("skull", 1))), R(Seg(("spine", 2))));
        Assert.Equal(["skull"], k.Persistent);
        Assert.Equal(RelapsePattern.ConfinedToPersistent, k.Pattern);
    }

    [Fact]
    public void Patterns()
    {
        var dx = R(Seg(("spine", 2), ("pelvis", 2)));
        var reference = R(Seg(("spine", 1)));
        Assert.Equal(RelapsePattern.InvolvesCleared, RelapseSiteClassification.Classify(R(Seg(("spine", 1), ("pelvis", 1))), reference, dx).Pattern);
        var onlyNew = RelapseSiteClassification.Classify(R(Seg(("skull", 1))), reference, dx);
        Assert.Equal(RelapsePattern.InvolvesNew, onlyNew.Pattern);
        Assert.False(onlyNew.AtPriorSkeletalSites);
        var none = RelapseSiteClassification.Classify(R(Zero), reference, dx);
        Assert.Equal(RelapsePattern.NonSkeletalOnly, none.Pattern);
        Assert.False(none.AtPriorSkeletalSites);
    }
}

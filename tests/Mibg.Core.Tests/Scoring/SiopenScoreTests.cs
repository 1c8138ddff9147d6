using Mibg.Core.Scoring;

namespace Mibg.Core.Tests.Scoring;

/// <summary>SIOPEN rules of Lewington et al., EJNMMI 2017 (design/domain.md), checked on worked examples.</summary>
public class SiopenScoreTests
{
    [Fact]
    public void Segments_are_the_twelve_of_the_published_order()
    {
        // data-dictionary.md, "SIOPEN segments, in the published order"
        Assert.Equal(12, SiopenSegments.All.Count);
        Assert.Equal("skull", SiopenSegments.All[0].Code);
        Assert.Equal("spine", SiopenSegments.All[6].Code);
        Assert.Equal("left_lower_limb_distal", SiopenSegments.All[11].Code);
        Assert.Equal(Enumerable.Range(1, 12), SiopenSegments.All.Select(s => s.Number));
    }

    [Fact]
    public void Worked_example_totals_and_lesion_counts()
    {
        // skull 1 (one lesion), thoracic cage 3 (three lesions), spine 4 (>3 foci), pelvis 6 (whole bone):
        // total 1+3+4+6 = 14; positive segments 4; discrete lesions 1+3 = 4; diffuse segments 2.
        var s = new SiopenScore([1, 3, 0, 0, 0, 0, 4, 6, 0, 0, 0, 0]);
        Assert.Equal(14, s.Total);
        Assert.Equal(4, s.PositiveSegments);
        Assert.Equal(4, s.DiscreteLesions);
        Assert.Equal(2, s.DiffuseSegments);
    }

    [Theory]
    [InlineData(0, 7)]
    [InlineData(6, -1)]
    [InlineData(11, 100)]
    public void A_value_outside_0_to_6_is_refused_naming_the_segment(int index, int value)
    {
        var values = new int[12];
        values[index] = value;
        var e = Assert.Throws<ScoreRangeException>(() => new SiopenScore(values));
        Assert.Equal(SiopenSegments.All[index].Code, e.Segment);
    }

    [Fact]
    public void Maximum_total_is_72()
    {
        Assert.Equal(SiopenScore.MaxTotal, new SiopenScore(Enumerable.Repeat(6, 12)).Total);
    }
}

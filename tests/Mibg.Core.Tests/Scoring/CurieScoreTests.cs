using Mibg.Core.Scoring;

namespace Mibg.Core.Tests.Scoring;

/// <summary>Curie score (Ady et al. 1995; Yanik et al. 2013; design/domain.md) on worked examples.</summary>
public class CurieScoreTests
{
    [Fact]
    public void Regions_are_nine_skeletal_then_soft_tissue()
    {
        // data-dictionary.md, "Curie regions": head … lower_legs_feet, soft_tissue
        Assert.Equal(10, CurieRegions.All.Count);
        Assert.Equal("head", CurieRegions.All[0]);
        Assert.Equal("soft_tissue", CurieRegions.All[9]);
        Assert.Equal("curie_ribs_sternum", CurieRegions.Column("ribs_sternum"));
    }

    [Fact]
    public void Worked_example_totals()
    {
        // head 1 (one site), ribs/sternum 2 (more than one site), pelvis 3 (diffuse), soft tissue 2:
        // total 1+2+3+2 = 8 (0..30 includes soft tissue); skeletal total 6; positive regions 4;
        // diffuse regions 1 (the pelvis, scored 3); discrete sites counted 1 + 2 + 2 = 5.
        var s = new CurieScore([1, 0, 2, 0, 3, 0, 0, 0, 0, 2]);
        Assert.Equal(8, s.Total);
        Assert.Equal(6, s.SkeletalTotal);
        Assert.Equal(4, s.PositiveSegments);
        Assert.Equal(1, s.DiffuseSegments);
        Assert.Equal(5, s.DiscreteLesions);
    }

    [Fact]
    public void Maximum_total_is_30()
    {
        // 10 regions x 3 (Ady 1995)
        Assert.Equal(30, new CurieScore(Enumerable.Repeat(3, 10)).Total);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(4, -1)]
    [InlineData(9, 7)]
    public void A_value_outside_0_to_3_is_refused_naming_the_region(int index, int value)
    {
        var values = new int[10];
        values[index] = value;
        var e = Assert.Throws<ScoreRangeException>(() => new CurieScore(values));
        Assert.Equal(CurieRegions.All[index], e.Segment);
    }

    [Fact]
    public void Nine_or_eleven_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new CurieScore(new int[9]));
        Assert.Throws<ArgumentException>(() => new CurieScore(new int[11]));
    }

    [Fact]
    public void Relative_Curie_score_halved_is_partial_response()
    {
        // Curie relative score = now / diagnosis (Yanik 2013); INRC 2017: <= 0.5 without new site = PR.
        // diagnosis 2+2+2 = 6, now 1+1+1 = 3 -> 0.5
        var same = new CurieScore([2, 2, 2, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(BoneResponse.SD, BoneResponseAssessment.Assess(same, same).Response); // unchanged: relative 1.0
        var pr = BoneResponseAssessment.Assess(new CurieScore([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]), new CurieScore([2, 2, 2, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Equal(0.5, pr.RelativeScore);
        Assert.Equal(BoneResponse.PR, pr.Response);
    }

    [Fact]
    public void Comparing_a_Curie_with_a_SIOPEN_score_is_refused()
    {
        // INRC 2017: the same scoring system at both time points
        Assert.Throws<ArgumentException>(() => BoneResponseAssessment.Assess(new CurieScore(new int[10]), SiopenScore.Zero));
    }
}

using Mibg.Core.Scoring;

namespace Mibg.Core.Tests.Scoring;

/// <summary>INRC 2017 bone component (Park et al., JCO 2017;35:2580; design/domain.md).</summary>
public class BoneResponseTests
{
    private static SiopenScore S(params int[] v) => new(v);

    [Fact]
    public void No_site_left_is_complete_response()
    {
        var a = BoneResponseAssessment.Assess(SiopenScore.Zero, S(2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(BoneResponse.CR, a.Response);
        Assert.Equal(0.0, a.RelativeScore);
    }

    [Fact]
    public void Halving_without_new_site_is_partial_response_at_the_boundary()
    {
        // baseline total 4, now 2: relative 0.5 = the PR boundary (≤ 0.5)
        var a = BoneResponseAssessment.Assess(S(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), S(2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(0.5, a.RelativeScore);
        Assert.Equal(BoneResponse.PR, a.Response);
    }

    [Fact]
    public void Relative_score_of_1_2_is_progression_and_just_below_is_stable()
    {
        var baseline = S(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);   // total 5
        Assert.Equal(BoneResponse.PD, BoneResponseAssessment.Assess(S(6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), baseline).Response); // 6/5 = 1.2
        Assert.Equal(BoneResponse.SD, BoneResponseAssessment.Assess(S(4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), baseline).Response); // 0.8
    }

    [Fact]
    public void A_new_site_is_progression_even_when_the_total_falls()
    {
        var a = BoneResponseAssessment.Assess(S(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), S(6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(BoneResponse.PD, a.Response);
        Assert.Equal(["left_lower_limb_distal"], a.NewSites);
    }

    [Fact]
    public void Relative_score_with_baseline_zero_is_not_evaluable()
    {
        var a = BoneResponseAssessment.Assess(S(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SiopenScore.Zero);
        Assert.Null(a.RelativeScore);
        Assert.Equal(BoneResponse.PD, a.Response); // every positive segment is new
    }
}

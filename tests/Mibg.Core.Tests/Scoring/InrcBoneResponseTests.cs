using Mibg.Core.Scoring;

namespace Mibg.Core.Tests.Scoring;

/// <summary>
/// The INRC 2017 bone (mIBG) response worked from the paper's definitions (Park et al., J Clin Oncol 2017;35:2580,
/// doi:10.1200/JCO.2016.72.0177, Table 3 "metastatic soft tissue and bone response"; docs/domain.md). The table's words
/// used below, as the published table states them: PR needs a "≥ 50% reduction in MIBG absolute bone score (relative
/// MIBG bone score ≥ 0.1 to ≤ 0.5)" and no new lesion; PD is "any new bone site that is MIBG avid" or a "relative MIBG
/// score ≥ 1.2"; CR is complete resolution of MIBG uptake at non-primary sites. The relative score is the absolute
/// score for bone lesions now ÷ at baseline (before therapy). Caveat: the table's text could not be retrieved in this
/// session (docs/domain.md says so); the wording is the published one as recalled, and each expectation below follows
/// from it by arithmetic written beside it.
/// </summary>
public class InrcBoneResponseTests
{
    private static CurieScore Curie(params int[] v) => new(v);
    private static SiopenScore Siopen(params int[] v) => new(v);

    [Fact]
    public void Curie_bone_unchanged_with_soft_tissue_cleared_is_stable_not_partial()
    {
        // Curie regions: 9 skeletal + soft tissue (10th). Diagnosis head 1, ribs 1, soft tissue 3 (total 5); now head 1,
        // ribs 1, soft tissue 0 (total 2). Counting soft tissue as bone gave 2/5 = 0.4 → PR. The bone score is 2 both
        // times: relative 2/2 = 1.0 → neither ≥ 50% lower (PR) nor ≥ 1.2 (PD) → SD. The soft-tissue region belongs to the
        // soft-tissue part of the metastatic component (RECIST + mIBG), not to the bone part.
        var a = BoneResponseAssessment.Assess(Curie(1, 0, 1, 0, 0, 0, 0, 0, 0, 0), Curie(1, 0, 1, 0, 0, 0, 0, 0, 0, 3));
        Assert.Equal(1.0, a.RelativeScore);
        Assert.Equal(BoneResponse.SD, a.Response);
        Assert.Empty(a.NewSites);
    }

    [Fact]
    public void Curie_new_soft_tissue_uptake_is_not_a_new_bone_site()
    {
        // Bone 2+2 = 4 → 1+1 = 2: relative 0.5 → PR on the bone part. The soft-tissue region 0 → 2 is a new soft-tissue
        // lesion: PD of the soft-tissue part (MetastaticResponse.SoftTissue), not a new *bone* site here.
        var a = BoneResponseAssessment.Assess(Curie(1, 1, 0, 0, 0, 0, 0, 0, 0, 2), Curie(2, 2, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal((0.5, BoneResponse.PR), (a.RelativeScore, a.Response));
        Assert.Empty(a.NewSites);
    }

    [Fact]
    public void Curie_with_only_soft_tissue_disease_has_no_bone_component()
    {
        // Diagnosis: soft tissue only (bone score 0) → relative undefined; now soft tissue 1, bone 0 → bone CR with no
        // relative score; the metastatic component's bone part is NI (no skeletal site at diagnosis nor now).
        var a = BoneResponseAssessment.Assess(Curie(0, 0, 0, 0, 0, 0, 0, 0, 0, 1), Curie(0, 0, 0, 0, 0, 0, 0, 0, 0, 2));
        Assert.Null(a.RelativeScore);
        Assert.Equal(BoneResponse.CR, a.Response);
        Assert.Equal(Mibg.Core.Response.InrcComponentResponse.NI, Mibg.Core.Response.MetastaticResponse.Bone(a, 0, 0));
    }

    [Fact]
    public void A_new_lesion_after_a_skeletal_CR_is_PD_when_the_previous_scan_is_judged()
    {
        // SIOPEN. Diagnosis: thoracic cage 2, spine 3, pelvis 1 (total 6). Previous scan (e.g. post-HDC): 0 everywhere, a
        // skeletal CR. Now: spine 1. Against diagnosis alone the spine was positive before, so it is not "new" and the
        // relative score 1/6 = 0.17 ≤ 0.5 gave PR — a relapse called a response. Against the previous scan the spine is a
        // new MIBG-avid bone site → PD (Table 3: "any new bone site that is MIBG avid").
        var diagnosis = Siopen(0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0);
        var previous = SiopenScore.Zero;
        var now = Siopen(0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        var withPrevious = BoneResponseAssessment.Assess(now, diagnosis, previous);
        Assert.Equal(BoneResponse.PD, withPrevious.Response);
        Assert.Equal(["spine"], withPrevious.NewSincePrevious);
        Assert.Empty(withPrevious.NewSites);                      // nothing new against diagnosis
        Assert.Equal(1.0 / 6, withPrevious.RelativeScore!.Value, 12); // the relative score stays against diagnosis
        Assert.True(withPrevious.ComparedWithPrevious);

        var diagnosisOnly = BoneResponseAssessment.Assess(now, diagnosis);
        Assert.Equal(BoneResponse.PR, diagnosisOnly.Response);       // why the previous scan must be judged too
        Assert.False(diagnosisOnly.ComparedWithPrevious);
    }

    [Fact]
    public void A_site_positive_on_the_previous_scan_is_not_new()
    {
        // Diagnosis spine 4, pelvis 2 (6); previous spine 2 (2); now spine 1 (1): nothing positive now was 0 on either
        // scan; relative 1/6 = 0.17 → PR.
        var a = BoneResponseAssessment.Assess(Siopen(0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0), Siopen(0, 0, 0, 0, 0, 0, 4, 2, 0, 0, 0, 0),
            Siopen(0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0));
        Assert.Equal(BoneResponse.PR, a.Response);
        Assert.Empty(a.NewSincePrevious);
    }

    [Theory]
    // diagnosis bone score 10 (spine 5, pelvis 5); now spine s, pelvis p; relative = (s + p) / 10
    [InlineData(5, 0, 0.5, BoneResponse.PR, false)]   // exactly 0.5: "≥ 50% reduction" met → PR (upper end of "≥ 0.1 to ≤ 0.5")
    [InlineData(3, 3, 0.6, BoneResponse.SD, false)]   // 40% reduction: not PR; below 1.2: not PD → SD
    [InlineData(1, 0, 0.1, BoneResponse.PR, false)]   // 0.1: the lower end of Table 3's PR range, inside it
    [InlineData(6, 6, 1.2, BoneResponse.PD, false)]   // "relative MIBG score ≥ 1.2" → PD
    [InlineData(6, 5, 1.1, BoneResponse.SD, false)]   // 1.1 < 1.2 → SD
    public void The_PR_and_PD_thresholds_of_table_3(int spine, int pelvis, double relative, BoneResponse expected, bool below)
    {
        var a = BoneResponseAssessment.Assess(Siopen(0, 0, 0, 0, 0, 0, spine, pelvis, 0, 0, 0, 0), Siopen(0, 0, 0, 0, 0, 0, 5, 5, 0, 0, 0, 0));
        Assert.Equal(relative, a.RelativeScore!.Value, 12);
        Assert.Equal(expected, a.Response);
        Assert.Equal(below, a.BelowPartialResponseRange);
    }

    [Fact]
    public void A_relative_score_below_the_table_range_but_above_0_is_PR_and_flagged()
    {
        // Diagnosis 6 × 2 = 12 (skull 6, thoracic cage 6); now skull 1: relative 1/12 = 0.083 < 0.1. Uptake remains, so not
        // CR; the ≥ 50% reduction is met; Table 3's range "≥ 0.1 to ≤ 0.5" leaves (0, 0.1) unnamed — read as PR and
        // flagged (docs/domain.md, room left by the table).
        var a = BoneResponseAssessment.Assess(Siopen(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Siopen(6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(BoneResponse.PR, a.Response);
        Assert.True(a.BelowPartialResponseRange);
        Assert.Equal(BoneResponseAssessment.PartialResponseMinRelative, 0.1);
        Assert.Equal(BoneResponseAssessment.PartialResponseMaxRelative, 0.5);
        Assert.Equal(BoneResponseAssessment.ProgressionMinRelative, 1.2);
    }

    [Fact]
    public void The_previous_scan_must_use_the_same_system()
    {
        var e = Assert.Throws<ArgumentException>(() => BoneResponseAssessment.Assess(SiopenScore.Zero, SiopenScore.Zero, new CurieScore(new int[10])));
        Assert.Equal("previous", e.ParamName);
    }

    [Fact]
    public void Skeletal_segments_of_each_system()
    {
        Assert.Equal((12, 9), (SiopenScore.Zero.SkeletalSegments, new CurieScore(new int[10]).SkeletalSegments));
        Assert.Equal(5, Curie(1, 0, 1, 0, 0, 0, 0, 0, 0, 3).Total);
        Assert.Equal(2, Curie(1, 0, 1, 0, 0, 0, 0, 0, 0, 3).SkeletalTotal);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mibg.Core.Scoring;

namespace Mibg.Core.Tests.Scoring;

/// <summary>
/// Properties of the SIOPEN and Curie scores and of the INRC 2017 bone response that hold for every valid
/// score (definitions: design/domain.md; Lewington 2017, Ady 1995, Park 2017). Fixed seeds (Replay) so a
/// run is reproducible; no retry-until-green.
/// </summary>
public class ScorePropertyTests
{
    private static Arbitrary<int[]> SiopenValues => Gen.Choose(0, 6).ArrayOf(12).ToArbitrary();
    private static Arbitrary<int[]> CurieValues => Gen.Choose(0, 3).ArrayOf(10).ToArbitrary();

    [Property(Replay = "(20261126,11)", MaxTest = 500)]
    public Property Siopen_total_is_the_sum_of_the_12_segments_within_0_to_72() =>
        Prop.ForAll(SiopenValues, v =>
        {
            var s = new SiopenScore(v);
            return s.Total == v.Sum() && s.Total is >= 0 and <= SiopenScore.MaxTotal;
        });

    [Property(Replay = "(20261126,13)", MaxTest = 500)]
    public Property Siopen_lesion_counts_partition_the_positive_segments() =>
        Prop.ForAll(SiopenValues, v =>
        {
            var s = new SiopenScore(v);
            // Lewington 2017: 1..3 = that many discrete lesions; 4..6 = multifocal/diffuse.
            var discreteSegments = v.Count(x => x is >= 1 and <= 3);
            return s.PositiveSegments == v.Count(x => x > 0)
                && s.DiffuseSegments + discreteSegments == s.PositiveSegments
                && s.DiscreteLesions + v.Where(x => x > 3).Sum() == s.Total
                && s.Positive.Count == s.PositiveSegments;
        });

    [Property(Replay = "(20261126,17)", MaxTest = 300)]
    public Property Siopen_refuses_any_value_outside_0_to_6_naming_its_segment() =>
        Prop.ForAll(SiopenValues, Gen.Choose(0, 11).ToArbitrary(), Gen.OneOf(Gen.Choose(-100, -1), Gen.Choose(7, 100)).ToArbitrary(),
            (v, index, bad) =>
            {
                var values = (int[])v.Clone();
                values[index] = bad;
                var e = Assert.Throws<ScoreRangeException>(() => new SiopenScore(values));
                return e.Segment == SiopenSegments.All[index].Code;
            });

    [Property(Replay = "(20261126,19)", MaxTest = 500)]
    public Property Curie_total_is_0_to_30_and_skeletal_total_leaves_out_soft_tissue() =>
        Prop.ForAll(CurieValues, v =>
        {
            var s = new CurieScore(v);
            return s.Total == v.Sum() && s.Total is >= 0 and <= 30
                && s.SkeletalTotal == s.Total - v[9]
                && s.DiffuseSegments == v.Count(x => x == 3);
        });

    [Property(Replay = "(20261126,23)", MaxTest = 300)]
    public Property Curie_refuses_any_value_outside_0_to_3_naming_its_region() =>
        Prop.ForAll(CurieValues, Gen.Choose(0, 9).ToArbitrary(), Gen.OneOf(Gen.Choose(-50, -1), Gen.Choose(4, 50)).ToArbitrary(),
            (v, index, bad) =>
            {
                var values = (int[])v.Clone();
                values[index] = bad;
                var e = Assert.Throws<ScoreRangeException>(() => new CurieScore(values));
                return e.Segment == CurieRegions.All[index];
            });

    [Property(Replay = "(20261126,29)", MaxTest = 500)]
    public Property Bone_response_is_complete_exactly_when_no_site_is_left() =>
        Prop.ForAll(SiopenValues, SiopenValues, (now, baseline) =>
        {
            var a = BoneResponseAssessment.Assess(new SiopenScore(now), new SiopenScore(baseline));
            return (a.Response == BoneResponse.CR) == (now.Sum() == 0);
        });

    [Property(Replay = "(20261126,31)", MaxTest = 500)]
    public Property Bone_response_follows_the_INRC_2017_rules_in_order() =>
        Prop.ForAll(SiopenValues, SiopenValues, (now, baseline) =>
        {
            var a = BoneResponseAssessment.Assess(new SiopenScore(now), new SiopenScore(baseline));
            var newSites = Enumerable.Range(0, 12).Where(i => baseline[i] == 0 && now[i] > 0).Select(i => SiopenSegments.All[i].Code).ToArray();
            double? relative = baseline.Sum() == 0 ? null : (double)now.Sum() / baseline.Sum();
            // Park 2017 (design/domain.md): CR score 0; PD new site or relative >= 1.2; PR relative <= 0.5; else SD.
            var expected = now.Sum() == 0 ? BoneResponse.CR
                : newSites.Length > 0 || relative >= 1.2 ? BoneResponse.PD
                : relative <= 0.5 ? BoneResponse.PR
                : BoneResponse.SD;
            return a.Response == expected && a.RelativeScore == relative && a.NewSites.SequenceEqual(newSites);
        });

    [Property(Replay = "(20261126,37)", MaxTest = 300)]
    public Property Unchanged_disease_is_stable() =>
        Prop.ForAll(SiopenValues, v =>
        {
            var s = new SiopenScore(v);
            var a = BoneResponseAssessment.Assess(s, s);
            // relative score 1: neither <= 0.5 nor >= 1.2, no new site -> SD (CR when nothing was ever there)
            return a.Response == (s.Total == 0 ? BoneResponse.CR : BoneResponse.SD);
        });

    [Property(Replay = "(20261126,41)", MaxTest = 300)]
    public Property A_new_site_is_progression_whatever_the_total() =>
        Prop.ForAll(SiopenValues, Gen.Choose(0, 11).ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (baseline, index, value) =>
        {
            var b = (int[])baseline.Clone();
            b[index] = 0;
            var now = new int[12];
            now[index] = value; // only the new site, everything else cleared
            return BoneResponseAssessment.Assess(new SiopenScore(now), new SiopenScore(b)).Response == BoneResponse.PD;
        });
}

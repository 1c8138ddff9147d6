using Mibg.Core.Scoring;

namespace Mibg.Core.Tests.Scoring;

/// <summary>Worked examples of the SIOPEN score table and cut-offs of design/domain.md.</summary>
public class SiopenWorkedExampleTests
{
    [Theory]
    // domain.md score table: 1..3 = that many discrete lesions; 4 = more than three foci or diffuse < 50%;
    // 5 = diffuse 50-95%; 6 = whole bone. One segment scored, the others 0.
    [InlineData(1, 1, 0)]
    [InlineData(2, 2, 0)]
    [InlineData(3, 3, 0)]
    [InlineData(4, 0, 1)]
    [InlineData(5, 0, 1)]
    [InlineData(6, 0, 1)]
    public void Each_score_of_the_table_counts_lesions_or_a_diffuse_segment(int score, int discreteLesions, int diffuseSegments)
    {
        var values = new int[12];
        values[6] = score; // spine
        var s = new SiopenScore(values);
        Assert.Equal(score, s.Total);
        Assert.Equal(discreteLesions, s.DiscreteLesions);
        Assert.Equal(diffuseSegments, s.DiffuseSegments);
        Assert.Equal([SiopenSegments.All[6]], s.Positive);
    }

    [Fact]
    public void Segments_are_found_by_code_case_insensitively()
    {
        Assert.Equal(8, SiopenSegments.FindByCode("PELVIS")!.Number);
        Assert.Null(SiopenSegments.FindByCode("liver"));
    }

    [Fact]
    public void FromSegments_needs_every_segment_and_no_unknown_one()
    {
        var all = SiopenSegments.All.ToDictionary(s => s.Code, s => s.Number % 2);
        // odd-numbered segments score 1: segments 1,3,5,7,9,11 -> total 6
        Assert.Equal(6, SiopenScore.FromSegments(all).Total);
        var missing = new Dictionary<string, int>(all);
        missing.Remove("spine");
        Assert.Throws<ArgumentException>(() => SiopenScore.FromSegments(missing));
        var unknown = new Dictionary<string, int>(all) { ["liver"] = 1 };
        Assert.Throws<ArgumentException>(() => SiopenScore.FromSegments(unknown));
    }

    [Fact]
    public void Eleven_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SiopenScore(new int[11]));
    }

    [Fact]
    public void Seed_study_progression_median_34_is_a_valid_total_well_above_the_cut_off_3()
    {
        // domain.md: median SIOPEN at progression 34; Ladenstein 2018 cut-off <= 3 vs > 3.
        var s = new SiopenScore([4, 4, 3, 2, 3, 2, 5, 5, 2, 1, 2, 1]);
        Assert.Equal(34, s.Total);
        Assert.True(s.Total > 3);
    }
}

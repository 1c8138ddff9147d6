using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Study;

namespace Mibg.Analysis.Tests;

/// <summary>Properties of the pipeline, with fixed seeds: row order does not matter; an invalid plan is refused.</summary>
public class AnalysisPropertyTests
{
    private static T[] Shuffle<T>(IReadOnlyList<T> rows, Random rng)
    {
        var a = rows.ToArray();
        for (var i = a.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
        return a;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Permuting_rows_changes_nothing(int seed)
    {
        var plan = AnalysisPlan.Default with { Published = null };
        var study = HandStudyAnalysisTests.Study();
        var rng = new Random(seed);
        var shuffled = new StudyData
        {
            Patients = Shuffle(study.Patients, rng), Scans = Shuffle(study.Scans, rng),
            Reads = Shuffle(study.Reads, rng), Events = Shuffle(study.Events, rng),
        };
        Assert.Equal(ResultsJson.Serialize(StudyAnalysis.Run(study, plan)), ResultsJson.Serialize(StudyAnalysis.Run(shuffled, plan)));
    }

    [Fact]
    public void An_invalid_plan_is_refused_before_any_work()
    {
        var e = Assert.Throws<InvalidPlanException>(() =>
            StudyAnalysis.Run(HandStudyAnalysisTests.Study(), AnalysisPlan.Default with { ConfidenceLevel = 1.5, ReadResolution = null! }));
        Assert.Equal(["read_resolution", "confidence_level"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void An_empty_study_gives_empty_results_not_an_error()
    {
        var r = StudyAnalysis.Run(new StudyData { Patients = [], Scans = [], Reads = [], Events = [] }, AnalysisPlan.Default with { Published = null });
        Assert.Equal(0, r.Flow[^1].N);
        Assert.Empty(r.Survival);
        Assert.Null(r.Agreement);
        Assert.Null(r.Trial);
        Assert.NotNull(r.TrialNote);
    }
}

using Mibg.Statistics.Survival;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Survival;

/// <summary>Landmark at 1000 days on pbc against R (extra/landmark.json: subset(time &gt;= L), time − L, survfit by trt).</summary>
public sealed class LandmarkReferenceTests
{
    [Fact]
    public void Matches_R_subset_and_survfit()
    {
        var expected = ReferenceData.Json("extra/landmark.json");
        var table = ReferenceData.Csv("extra/pbc.csv");
        var rows = ReferenceData.CompleteRows(table, "time", "death", "trt");
        var times = ReferenceData.Numbers(table, "time", rows);
        var events = ReferenceData.Events(table, "death", rows);
        var groups = ReferenceData.Texts(table, "trt", rows);
        var landmark = Landmark.Apply(times, events, expected.Number("landmark")!.Value);
        Assert.Equal((int)expected.Number("kept")!, landmark.Times.Length);
        Assert.Equal((int)expected.Number("events")!, landmark.Events.Count(e => e));
        var fit = KaplanMeier.FitGroups(landmark.Times, landmark.Events, landmark.Indices.Select(i => groups[i]).ToArray());
        Assert.Equal(expected.GetProperty("n").EnumerateArray().Select(x => x.GetInt32()), fit.Strata.Select(s => s.N));
        Assert.Equal(expected.GetProperty("median").EnumerateArray().Select(x => (double?)x.GetDouble()), fit.Strata.Select(s => s.Median));
    }
}

using Mibg.Statistics.CompetingRisks;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.CompetingRisks;

/// <summary>
/// cmprsk::cuminc against R: every corner point of every curve (time, estimate, variance), timepoints() at chosen
/// times, and Gray's test (statistic, df, p) with k groups, strata and rho, to 1e-6 relative. Expected values: the
/// reference JSON written by R (see <see cref="CompetingRisksReference"/>).
/// </summary>
public sealed class CumulativeIncidenceReferenceTests
{
    public static TheoryData<int> Cases => CompetingRisksReference.Indices("cuminc");

    [Fact]
    public void Shared_pbc_reference_timepoints_and_gray()
    {
        var r = CompetingRisksReference.Shared.GetProperty("cuminc");
        var (time, status, table, rows) = CompetingRisksReference.Load("public/pbc-competing.csv", "time", "status", "trt");
        var fit = CumulativeIncidence.Fit(time, status, ReferenceData.Texts(table, "trt", rows));
        var at = r.GetProperty("spec").GetProperty("at").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var curves = r.GetProperty("curves").EnumerateArray().ToArray();
        Assert.Equal(curves.Select(c => (c.Text("group"), c.Text("cause"))), fit.Curves.Select(c => ((string?)c.Group, (string?)c.Cause)));
        foreach (var expected in curves)
        {
            var values = fit.Curve(expected.Text("group")!, expected.Text("cause")!).At(at);
            var points = expected.GetProperty("at").EnumerateArray().ToArray();
            Assert.Equal(points.Length, values.Count);
            for (var i = 0; i < points.Length; i++)
            {
                var where = $"pbc group {expected.Text("group")} cause {expected.Text("cause")} at {values[i].Time}";
                Close.Equal(points[i].Number("time"), values[i].Time, where + " time");
                Close.Equal(points[i].Number("estimate"), values[i].Estimate, where + " estimate");
                Close.Equal(points[i].Number("variance"), values[i].Variance, where + " variance");
            }
        }
        var gray = r.GetProperty("gray").EnumerateArray().ToArray();
        Assert.Equal(gray.Length, fit.Tests.Count);
        foreach (var g in gray)
        {
            var t = fit.Test(g.Text("cause")!)!;
            Close.Equal(g.Number("statistic"), t.Statistic, $"Gray cause {t.Cause} statistic");
            Close.Equal(g.Number("p"), t.P, $"Gray cause {t.Cause} p");
            Assert.Equal((int)g.Number("df")!, t.Df);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_cuminc_everywhere(int index)
    {
        var c = CompetingRisksReference.Extra.GetProperty("cuminc")[index];
        string? group = c.Text("group"), strata = c.Text("strata");
        var (time, status, table, rows) = CompetingRisksReference.Load(c.Text("file")!, c.Text("time")!, c.Text("event")!, group, strata);
        var fit = CumulativeIncidence.Fit(time, status,
            group is null ? null : ReferenceData.Texts(table, group, rows),
            strata is null ? null : ReferenceData.Texts(table, strata, rows),
            rho: c.Number("rho") ?? 0);
        var name = $"cuminc[{index}] {c.Text("file")} by {group ?? "-"} strata {strata ?? "-"}";
        var curves = c.GetProperty("curves").EnumerateArray().ToArray();
        // Without a group R names the only group "1"; mibg calls it "all".
        Assert.Equal(curves.Select(e => (group is null ? CumulativeIncidence.AllGroup : e.Text("group"), e.Text("cause"))),
            fit.Curves.Select(a => ((string?)a.Group, (string?)a.Cause)));
        var at = CompetingRisksReference.Numbers(c, "at").Select(x => x!.Value).ToArray();
        foreach (var (e, a) in curves.Zip(fit.Curves))
        {
            var where = $"{name} curve {a.Group} {a.Cause}";
            var (times, estimates, variances) = (CompetingRisksReference.Numbers(e, "time"), CompetingRisksReference.Numbers(e, "estimate"), CompetingRisksReference.Numbers(e, "variance"));
            Assert.Equal(times.Length, a.Steps.Count);
            for (var i = 0; i < times.Length; i++)
            {
                Close.Equal(times[i], a.Steps[i].Time, $"{where} time[{i}]");
                Close.Equal(estimates[i], a.Steps[i].Estimate, $"{where} estimate[{i}]");
                Close.Equal(variances[i], a.Steps[i].Variance, $"{where} variance[{i}]");
            }
            if (at.Length == 0) continue;
            var values = a.At(at);
            var (atEstimates, atVariances) = (CompetingRisksReference.Numbers(e, "at_estimate"), CompetingRisksReference.Numbers(e, "at_variance"));
            Assert.Equal(atEstimates.Length, values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                Close.Equal(atEstimates[i], values[i].Estimate, $"{where} at {values[i].Time} estimate");
                Close.Equal(atVariances[i], values[i].Variance, $"{where} at {values[i].Time} variance");
            }
        }
        var gray = c.GetProperty("gray").EnumerateArray().ToArray();
        Assert.Equal(gray.Select(g => g.Text("cause")), fit.Tests.Select(t => (string?)t.Cause));
        foreach (var (g, t) in gray.Zip(fit.Tests))
        {
            Close.Equal(g.Number("statistic"), t.Statistic, $"{name} Gray cause {t.Cause} statistic");
            Close.Equal(g.Number("p"), t.P, $"{name} Gray cause {t.Cause} p");
            Assert.Equal((int)g.Number("df")!, t.Df);
        }
    }
}

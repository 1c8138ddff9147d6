using Mibg.Statistics.CompetingRisks;
using Mibg.Statistics.Survival;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.CompetingRisks;

/// <summary>Cumulative incidences worked on paper, the one-cause identity CIF = 1 − KM, and refused input.</summary>
public sealed class CumulativeIncidenceHandTests
{
    // Six subjects: time (status: 0 censored, 1 and 2 the two causes)
    //   1(1)  2(2)  3(1) 3(0)  4(2)  5(0)
    //
    //   t  at risk  d1 d2   S(t−)   F1 jump = S(t−)·d1/n   F2 jump = S(t−)·d2/n   S(t)
    //   1     6      1  0    1       1/6                                          5/6
    //   2     5      0  1    5/6                           5/6·1/5 = 1/6          4/6
    //   3     4      1  0    4/6     4/6·1/4 = 1/6                                4/6·3/4 = 1/2   (the censored one at 3 is at risk at 3)
    //   4     2      0  1    1/2                           1/2·1/2 = 1/4          1/4
    //   5     1      0  0    (censored)
    //   F1 = 1/6 then 1/3;  F2 = 1/6 then 5/12;  at the end F1 + F2 + S = 4/12 + 5/12 + 3/12 = 1.
    //
    // Variance of F1 at t = 1 (cmprsk's cinc): fk = 1, n = 6, d1 = 1, fkn = 5/6, F = 1/6; t6 = fk²·d1/n² = 1/36,
    // t3 = 1/fkn = 6/5, t4 = 1 + t3·F = 6/5; v1 = t4²·t6 = 0.04, v2 = t3·t4·t6 = 0.04, v3 = t3²·t6 = 0.04;
    // var = v1 + F²·v3 − 2F·v2 = 0.04·(1 + 1/36 − 1/3) = 0.04·25/36 = 1/36. R gives 0.02777778 (and 0.04729167 at 3).
    private static readonly double[] Times = [1, 2, 3, 3, 4, 5];
    private static readonly int[] Status = [1, 2, 1, 0, 2, 0];

    [Fact]
    public void Aalen_Johansen_by_hand()
    {
        var fit = CumulativeIncidence.Fit(Times, Status);
        Assert.Equal(["1", "2"], fit.Causes);
        Assert.Empty(fit.Tests);
        var f1 = fit.Curve(CumulativeIncidence.AllGroup, "1");
        var f2 = fit.Curve(CumulativeIncidence.AllGroup, "2");
        Assert.Equal((6, 2), (f1.N, f1.Events));
        // Corner points: (0,0), each jump twice, then the last follow-up time 5.
        Assert.Equal([0.0, 1, 1, 3, 3, 5], f1.Steps.Select(s => s.Time));
        Assert.Equal([0.0, 2, 2, 4, 4, 5], f2.Steps.Select(s => s.Time));
        double[] e1 = [0, 0, 1.0 / 6, 1.0 / 6, 1.0 / 3, 1.0 / 3], e2 = [0, 0, 1.0 / 6, 1.0 / 6, 5.0 / 12, 5.0 / 12];
        for (var i = 0; i < 6; i++)
        {
            Close.Equal(e1[i], f1.Steps[i].Estimate, $"F1 corner {i}");
            Close.Equal(e2[i], f2.Steps[i].Estimate, $"F2 corner {i}");
        }
        Close.Equal(1.0 / 36, f1.Steps[2].Variance, "var F1(1)");
        Close.Equal(0.04729166666666667, f1.Steps[4].Variance, "var F1(3) (R)", 1e-6);
    }

    [Fact]
    public void Timepoints_rules_by_hand()
    {
        var f1 = CumulativeIncidence.Fit(Times, Status).Curve(CumulativeIncidence.AllGroup, "1");
        // Sorted and de-duplicated; right-continuous (3 → 1/3, 2.999 → 1/6); before 0 and after the last follow-up (5) NA.
        var at = f1.At([5.5, 3, -1, 0, 2.999, 3, 5]);
        Assert.Equal([-1.0, 0, 2.999, 3, 5, 5.5], at.Select(a => a.Time));
        double?[] expected = [null, 0, 1.0 / 6, 1.0 / 3, 1.0 / 3, null];
        for (var i = 0; i < expected.Length; i++) Close.Equal(expected[i], at[i].Estimate, $"F1 at {at[i].Time}");
        Assert.Null(at[5].Variance);
        Close.Equal(1.0 / 36, at[2].Variance, "variance at 2.999");
    }

    [Fact]
    public void Gray_statistic_is_undefined_when_a_group_is_never_at_risk_at_a_failure()
    {
        // Group "b" is censored at 0.5, before any failure: its scores and variances are all 0, V is singular.
        // R: cuminc(...)$Tests gives stat −1, pv 1 for both causes; mibg reports no statistic and no p.
        double[] times = [1, 2, 3, 3, 4, 5, 0.5, 0.5];
        int[] status = [1, 2, 1, 0, 2, 0, 0, 0];
        string[] groups = ["a", "a", "a", "a", "a", "a", "b", "b"];
        var fit = CumulativeIncidence.Fit(times, status, groups);
        Assert.All(fit.Tests, t => { Assert.Null(t.Statistic); Assert.Null(t.P); Assert.Equal(1, t.Df); });
    }

    [Fact]
    public void Gray_two_groups_small_case_against_R()
    {
        // R: cuminc(c(1,2,3,3,4,5,1,2,2,6), c(1,2,1,0,2,0,0,0,0,0), c(1,1,1,1,1,1,2,2,2,2))$Tests
        double[] times = [1, 2, 3, 3, 4, 5, 1, 2, 2, 6];
        int[] status = [1, 2, 1, 0, 2, 0, 0, 0, 0, 0];
        string[] groups = ["1", "1", "1", "1", "1", "1", "2", "2", "2", "2"];
        var fit = CumulativeIncidence.Fit(times, status, groups);
        Close.Equal(0.8817989, fit.Test("1")!.Statistic, "Gray 1", 1e-6);
        Close.Equal(0.3477095, fit.Test("1")!.P, "Gray 1 p", 2e-6);
        Close.Equal(0.8156389, fit.Test("2")!.Statistic, "Gray 2", 1e-6);
        Close.Equal(0.3664583, fit.Test("2")!.P, "Gray 2 p", 2e-6);
    }

    [Theory]
    [InlineData("public/lung.csv")]
    [InlineData("public/veteran.csv")]
    [InlineData("public/aml.csv")]
    public void One_cause_gives_one_minus_Kaplan_Meier(string file)
    {
        // With a single cause, S(t−)·d/n summed is exactly 1 − the product-limit estimate at every event time.
        var table = ReferenceData.Csv(file);
        var rows = ReferenceData.CompleteRows(table, "time", "status");
        var times = ReferenceData.Numbers(table, "time", rows);
        var events = ReferenceData.Events(table, "status", rows);
        var fit = CumulativeIncidence.Fit(times, events.Select(e => e ? 1 : 0).ToArray());
        var km = KaplanMeier.Fit(times, events).Strata.Single();
        var curve = fit.Curves.Single();
        foreach (var step in km.Steps)
        {
            var at = curve.At([step.Time]).Single();
            Close.Equal(1 - step.Survival, at.Estimate, $"{file} at {step.Time}", 1e-12);
        }
    }

    [Fact]
    public void Refuses_what_it_cannot_estimate()
    {
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit([1, 2], [0, 0]));
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit([1, -2], [1, 0]));
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit([1, double.NaN], [1, 0]));
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit([1, 2], [1, 0], ["a"]));
    }
}

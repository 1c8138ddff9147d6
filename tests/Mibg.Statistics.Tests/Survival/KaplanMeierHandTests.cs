using Mibg.Statistics.Survival;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Survival;

/// <summary>A Kaplan–Meier curve with ties and censoring, worked on paper (and confirmed with R's survfit).</summary>
public sealed class KaplanMeierHandTests
{
    // Eight subjects: time (event=1 / censored=0)
    //   1(1)  2(1) 2(1) 2(0)  3(0)  4(1) 4(0)  5(1)
    //
    //   t  n.risk  d  c   S(t)                     Greenwood Σ d/(n(n−d))       se(S) = S·√Σ
    //   1    8     1  0   7/8 = 0.875              1/56                         0.875·√(1/56)
    //   2    7     2  1   0.875·5/7 = 0.625        1/56 + 2/35 = 21/280 = 0.075 0.625·√0.075 = 0.17116
    //   3    4     0  1   0.625                    0.075                        0.17116
    //   4    3     1  1   0.625·2/3 = 0.41667      0.075 + 1/6 = 0.241667       0.41667·√0.241667
    //   5    1     1  0   0                        (n = d: infinite)            NaN in R → null
    //
    // Ties: at t = 2 the two events are counted before the censoring (the censored subject is at risk at 2).
    // Median: S first ≤ 0.5 at t = 4 (never exactly 0.5) → 4.
    // Reverse KM (censorings as events): 1, 6/7 at 2, 6/7·3/4 = 0.643 at 3, 0.643·2/3 = 0.429 at 4 → follow-up median 4.
    // Restricted mean to 5: 1·1 + 0.875·1 + 0.625·2 + 0.41667·1 = 3.541667.
    // Log CI at 2: 0.625·exp(±1.959964·√0.075) → lower 0.36540, upper min(1.069, 1) = 1.
    // R: survfit(Surv(t, e) ~ 1) gives the same (summary(fit, censored = TRUE); summary(fit, rmean = 5)$table).
    private static readonly double[] Times = [1, 2, 2, 2, 3, 4, 4, 5];
    private static readonly bool[] Events = [true, true, true, false, false, true, false, true];
    private const double Z975 = 1.959963984540054; // qnorm(0.975)

    [Fact]
    public void Product_limit_and_greenwood_by_hand()
    {
        var s = KaplanMeier.Fit(Times, Events).Strata.Single();
        Assert.Equal("all", s.Name);
        Assert.Equal(8, s.N);
        Assert.Equal(5, s.Events);
        Assert.Equal([1.0, 2, 3, 4, 5], s.Steps.Select(x => x.Time));
        Assert.Equal([8, 7, 4, 3, 1], s.Steps.Select(x => x.NRisk));
        Assert.Equal([1, 2, 0, 1, 1], s.Steps.Select(x => x.NEvent));
        Assert.Equal([0, 1, 1, 1, 0], s.Steps.Select(x => x.NCensor));
        double[] survival = [7.0 / 8, 0.625, 0.625, 0.625 * 2 / 3, 0];
        double?[] stdErr = [0.875 * Math.Sqrt(1.0 / 56), 0.625 * Math.Sqrt(0.075), 0.625 * Math.Sqrt(0.075), 0.625 * 2 / 3 * Math.Sqrt(0.075 + 1.0 / 6), null];
        for (var i = 0; i < 5; i++)
        {
            Close.Equal(survival[i], s.Steps[i].Survival, $"S at step {i}");
            Close.Equal(stdErr[i], s.Steps[i].StdErr, $"se at step {i}");
        }
        Close.Equal(0.625 * Math.Exp(-Z975 * Math.Sqrt(0.075)), s.Steps[1].Lower, "lower at 2");
        Close.Equal(1, s.Steps[1].Upper, "upper at 2 (capped at 1)");
        Assert.Null(s.Steps[4].Lower);
        Assert.Null(s.Steps[4].Upper);
        Close.Equal(4, s.Median, "median");
        Close.Equal(4, s.FollowupMedian, "reverse-KM follow-up median");
        Close.Equal(3.5416666666666667, s.RestrictedMean(5), "restricted mean to 5");
    }

    [Fact]
    public void Survival_and_number_at_risk_at_chosen_times()
    {
        var s = KaplanMeier.Fit(Times, Events).Strata.Single();
        // From the table above: before the first step S = 1 and all 8 at risk; at 2.5 S = 0.625 with 4 at risk (times ≥ 2.5).
        Assert.Equal(1, s.SurvivalAt(0.5));
        Assert.Equal(8, s.NumberAtRisk(0.5));
        Assert.Equal(0.625, s.SurvivalAt(2.5), 15);
        Assert.Equal(4, s.NumberAtRisk(2.5));
        Assert.Equal(3, s.EventsBy(2.5));
        Assert.Equal(1, s.CensoredBy(2.5));
        Assert.Equal(0, s.NumberAtRisk(6));
        // Risk table at 0, 2, 4 (from the table above): at risk 8, 7, 3; events by then 0, 3, 4; censored 0, 1, 3.
        Assert.Equal(
            [new RiskTableRow(0, 8, 0, 0), new RiskTableRow(2, 7, 3, 1), new RiskTableRow(4, 3, 4, 3)],
            s.RiskTable([0, 2, 4]));
    }

    [Fact]
    public void Median_averages_a_flat_stretch_at_exactly_one_half()
    {
        // Four events at 1, 2, 3, 4: S = 0.75, 0.5, 0.25, 0. S is exactly 0.5 on [2, 3) → R's rule gives (2 + 3)/2 = 2.5
        // (R: print(survfit(Surv(c(1,2,3,4), rep(1,4)) ~ 1)) shows median 2.5).
        var s = KaplanMeier.Fit([1, 2, 3, 4], [true, true, true, true]).Strata.Single();
        Close.Equal(2.5, s.Median, "median");
        // Curve ending at 0.5 (censored at 3 and 4): R averages with the last time, (2 + 4)/2 = 3.
        var ending = KaplanMeier.Fit([1, 2, 3, 4], [true, true, false, false]).Strata.Single();
        Close.Equal(3, ending.Median, "median when the curve ends at 0.5");
    }

    [Fact]
    public void Median_not_reached_is_null()
    {
        var s = KaplanMeier.Fit([1, 2, 3, 4], [true, false, false, false]).Strata.Single();
        Assert.Null(s.Median);
        Assert.Null(s.MedianUpper);
    }

    [Fact]
    public void Groups_are_ordered_numerically_when_every_label_is_a_number()
    {
        // R: factor(c(10, 2, 1)) has levels 1 2 10 (numeric sort), unlike an alphabetical "1" "10" "2".
        var fit = KaplanMeier.FitGroups([1, 2, 3, 4, 5, 6], [true, true, true, true, true, true], ["10", "2", "1", "10", "2", "1"]);
        Assert.Equal(["1", "2", "10"], fit.Strata.Select(s => s.Name));
    }

    [Fact]
    public void Text_groups_are_ordered_as_R_factor_levels()
    {
        // R 4.2 (ICU): levels(factor(c("group_1","group 2","Group1","group-3","10","9","x10","_a","a_","ab","a b","a-b",
        //   "aB","Ab","AB","a1","a.b","A_b"))) gives exactly the order below (case-insensitive first, punctuation
        //   before digits before letters, lower case first on ties).
        string[] r = ["_a", "10", "9", "a b", "a_", "A_b", "a-b", "a.b", "a1", "ab", "aB", "Ab", "AB", "group 2", "group_1", "group-3", "Group1", "x10"];
        var shuffled = r.Reverse().ToArray();
        var fit = KaplanMeier.FitGroups(shuffled.Select((_, i) => (double)i + 1).ToArray(), shuffled.Select(_ => true).ToArray(), shuffled);
        Assert.Equal(r, fit.Strata.Select(s => s.Name));
    }

    [Fact]
    public void Property_survival_is_non_increasing_within_0_1_and_counts_add_up()
    {
        var random = new Random(20261126);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(1, 60);
            var times = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 15)).ToArray();
            var events = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.6).ToArray();
            var s = KaplanMeier.Fit(times, events, new KaplanMeierOptions { ConfType = (ConfidenceType)(trial % 3) }).Strata.Single();
            Assert.Equal(n, s.Steps.Sum(x => x.NEvent + x.NCensor));
            Assert.Equal(events.Count(e => e), s.Events);
            var previous = 1.0;
            foreach (var step in s.Steps)
            {
                Assert.InRange(step.Survival, 0, previous);
                previous = step.Survival;
                if (step.Lower is { } lo) Assert.InRange(lo, 0, step.Survival + 1e-12);
                if (step.Upper is { } up) Assert.InRange(up, step.Survival - 1e-12, 1);
            }
            if (s.Median is { } m) Assert.True(s.SurvivalAt(m) <= 0.5 + 1e-12);
        }
    }
}

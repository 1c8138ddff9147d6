using Mibg.Statistics.Survival;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Survival;

/// <summary>A two-group log-rank test worked by hand (and confirmed with R's survdiff).</summary>
public sealed class LogRankHandTests
{
    // A: 1(event) 3(event) 4(censored)    B: 2(event) 5(event) 6(censored)
    //
    //   t  N  n_A  n_B  d   E_A = d·n_A/N   V = d(N−d)/(N−1) · (n_A/N)(n_B/N)
    //   1  6   3    3   1   0.5             1·5/5 · 1/4   = 0.25
    //   2  5   2    3   1   0.4             1·4/4 · 6/25  = 0.24
    //   3  4   2    2   1   0.5             1·3/3 · 1/4   = 0.25
    //   5  2   0    2   1   0               0
    // O_A = 2, E_A = 1.4, V = 0.74 → χ² = (2 − 1.4)²/0.74 = 0.36/0.74 = 18/37 = 0.486486 on 1 df;
    // O_B = 2, E_B = 4 − 1.4 = 2.6. p = pchisq(18/37, 1, lower.tail = FALSE) = 0.485498802644282 (R).
    private static readonly double[] Times = [1, 3, 4, 2, 5, 6];
    private static readonly bool[] Events = [true, true, false, true, true, false];
    private static readonly string[] Groups = ["A", "A", "A", "B", "B", "B"];

    [Fact]
    public void Two_groups_by_hand()
    {
        var r = LogRank.Test(Times, Events, Groups);
        Close.Equal(18.0 / 37, r.Chisq, "chisq");
        Assert.Equal(1, r.Df);
        Close.Equal(0.485498802644282, r.P, "p");
        Assert.Equal(["A", "B"], r.Strata.Select(g => g.Name));
        Assert.Equal([3, 3], r.Strata.Select(g => g.N));
        Close.Equal(2, r.Strata[0].Observed, "O_A");
        Close.Equal(1.4, r.Strata[0].Expected, "E_A");
        Close.Equal(2, r.Strata[1].Observed, "O_B");
        Close.Equal(2.6, r.Strata[1].Expected, "E_B");
    }

    [Fact]
    public void Stratifying_by_a_constant_changes_nothing()
    {
        var plain = LogRank.Test(Times, Events, Groups);
        var stratified = LogRank.Test(Times, Events, Groups, ["s", "s", "s", "s", "s", "s"]);
        Assert.Equal(plain.Chisq, stratified.Chisq, 12);
    }

    [Fact]
    public void Property_relabelling_the_groups_does_not_change_the_statistic()
    {
        var random = new Random(1979);
        for (var trial = 0; trial < 100; trial++)
        {
            var n = random.Next(6, 80);
            var times = Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 20)).ToArray();
            var events = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.7).ToArray();
            var groups = Enumerable.Range(0, n).Select(i => (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var renamed = groups.Select(g => g switch { "0" => "z", "1" => "a", _ => "m" }).ToArray();
            var a = LogRank.Test(times, events, groups);
            var b = LogRank.Test(times, events, renamed);
            Assert.Equal(a.Chisq, b.Chisq, 9);
            Assert.Equal(a.Strata.Sum(g => g.Observed), a.Strata.Sum(g => g.Expected), 9); // ΣO = ΣE (rho = 0)
        }
    }

    [Fact]
    public void Holm_adjustment_of_pairwise_tests_is_monotone_and_at_least_the_raw_p()
    {
        var pairs = LogRank.Pairwise([1, 2, 3, 4, 5, 6, 7, 8, 9], [true, true, true, true, true, true, true, true, true],
            ["a", "a", "a", "b", "b", "b", "c", "c", "c"]);
        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.True(p.PAdjusted >= p.P && p.PAdjusted <= 1));
    }

    [Fact]
    public void Landmark_drops_subjects_without_follow_up_at_the_landmark_and_re_origins_time()
    {
        // Landmark at 3: subjects with time < 3 (1, 2) are dropped; 3, 4, 5, 6 kept as 0, 1, 2, 3.
        var l = Landmark.Apply(Times, Events, 3);
        Assert.Equal([1, 2, 4, 5], l.Indices);
        Assert.Equal([0.0, 1, 2, 3], l.Times);
        Assert.Equal([true, false, true, false], l.Events);
    }
}

using Mibg.Statistics.Survival;
using Mibg.Statistics.Trial;

namespace Mibg.Statistics.Tests.Trial;

public sealed class TwoGroupLogRankAgreementTests
{
    [Theory]
    [InlineData(1UL, 40, false)]
    [InlineData(2UL, 300, false)]
    [InlineData(3UL, 120, true)]
    [InlineData(4UL, 7, true)]
    public void Agrees_with_the_general_log_rank_test(ulong seed, int n, bool roundedTimes)
    {
        // The simulation's fast two-group test must give the same χ², observed and expected as Mibg.Statistics'
        // LogRank.Test (itself checked against R survdiff), on random data with and without ties (fixed seeds).
        var random = new Random((int)seed);
        var times = new double[n];
        var events = new bool[n];
        var groups = new string[n];
        var codes = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var t = -Math.Log(1 - random.NextDouble()) * (i % 2 == 0 ? 1 : 1.6);
            times[i] = roundedTimes ? Math.Round(t * 4) / 4 + 0.25 : t;
            events[i] = random.NextDouble() < 0.7;
            groups[i] = i % 2 == 0 ? "control" : "experimental";
            codes[i] = (byte)((events[i] ? TwoGroupLogRank.EventBit : 0) | (i % 2 == 1 ? TwoGroupLogRank.Group1Bit : 0));
        }
        var general = LogRank.Test(times, events, groups);
        var fast = TwoGroupLogRank.Compute((double[])times.Clone(), codes);
        Assert.Equal(general.Chisq, fast.ChiSquare, 10);
        var experimental = general.Strata.Single(s => s.Name == "experimental");
        Assert.Equal(experimental.Observed, fast.Observed1);
        Assert.Equal(experimental.Expected, fast.Expected1, 10);
    }
}

using System.Globalization;
using System.Text.Json;
using Mibg.Statistics.Trial;

namespace Mibg.Statistics.Tests.Trial;

public sealed class TwoGroupLogRankTests
{
    [Theory]
    // Expected: R survival 3.5-3 survdiff on the reference data (../shared/reference/NAME.json, made by make-goldens.R).
    [InlineData("lung", "time", "status", "sex")]
    [InlineData("aml", "time", "status", "x")]
    [InlineData("ovarian", "futime", "fustat", "rx")]
    public void Agrees_with_R_survdiff(string name, string timeColumn, string statusColumn, string groupColumn)
    {
        var rows = File.ReadAllLines(Path.Combine(TrialReference.SharedReference, name + ".csv"));
        var header = rows[0].Split(',').Select(h => h.Trim('"')).ToList();
        int ti = header.IndexOf(timeColumn), si = header.IndexOf(statusColumn), gi = header.IndexOf(groupColumn);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TrialReference.SharedReference, name + ".json")));
        var logrank = gold.RootElement.GetProperty("logrank");
        var second = logrank.GetProperty("strata")[1];
        var group1 = second.GetProperty("name").GetString();
        var time = new List<double>();
        var code = new List<byte>();
        foreach (var row in rows.Skip(1))
        {
            var f = row.Split(',').Select(x => x.Trim('"')).ToArray();
            time.Add(double.Parse(f[ti], CultureInfo.InvariantCulture));
            code.Add((byte)((f[si] == "1" ? TwoGroupLogRank.EventBit : 0) | (f[gi] == group1 ? TwoGroupLogRank.Group1Bit : 0)));
        }
        var result = TwoGroupLogRank.Compute(time.ToArray(), code.ToArray());
        var chisq = logrank.GetProperty("chisq").GetDouble();
        Assert.True(Math.Abs(result.ChiSquare - chisq) <= 1e-9 * chisq, $"chisq ours {result.ChiSquare:R} vs R {chisq:R}");
        Assert.Equal(second.GetProperty("observed").GetDouble(), result.Observed1);
        var expected = second.GetProperty("expected").GetDouble();
        Assert.True(Math.Abs(result.Expected1 - expected) <= 1e-9 * expected, $"expected ours {result.Expected1:R} vs R {expected:R}");
    }

    [Fact]
    public void Tiny_example_by_hand()
    {
        // Hand calculation: times 1 (event, group 1), 2 (event, group 0), 3 (censored, group 1), 4 (event, group 0).
        // t=1: n=4, n1=2, d=1 → E1 = 0.5, V = 0.25; t=2: n=3, n1=1, d=1 → E1 = 1/3, V = 2/9; t=4: n=1, n1=0 → 0.
        // O1 = 1, E1 = 5/6, V = 17/36, χ² = (1/6)² / (17/36) = 1/17.
        var r = TwoGroupLogRank.Compute(new double[] { 3, 1, 4, 2 }, new byte[] { 2, 3, 1, 1 });
        Assert.Equal(1, r.Observed1);
        Assert.Equal(5.0 / 6, r.Expected1, 12);
        Assert.Equal(17.0 / 36, r.Variance, 12);
        Assert.Equal(1.0 / 17, r.ChiSquare, 12);
        Assert.Equal(3, r.Events);
    }
}

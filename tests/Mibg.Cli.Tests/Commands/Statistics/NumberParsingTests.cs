using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// The statistics reader's fast path for plain decimals must give the very double <c>double.Parse</c> gives (as R's
/// read.csv does, correctly rounded): every distinct time written back by <c>mibg km --json</c> is compared bit for bit.
/// </summary>
public sealed class NumberParsingTests
{
    [Fact]
    public void Plain_decimals_parse_to_the_same_double_as_double_Parse()
    {
        var random = new Random(20261130);
        var texts = new List<string>
        {
            "0", "0.0", "5.", ".5", "007", "0.1", "0.2", "0.3", "1.7976931348623", "999999999999999", "99999999999999.9",
            "0.000000000000000000001", "123456789012345.6", "1234567890123456", "9007199254740993", "0.1000000000000000055511",
            "1e3", "2.5E-3", "4.35", "4.345", "2.675", "1.005",
        };
        for (var k = 0; k < 3000; k++)
        {
            var digits = random.Next(1, 18);
            var number = new StringBuilder();
            for (var d = 0; d < digits; d++) number.Append((char)('0' + random.Next(10)));
            var point = random.Next(0, digits + 1);
            texts.Add(point == digits ? number.ToString() : number.Insert(point, '.').ToString());
        }
        var csv = new StringBuilder("time,status\n");
        foreach (var t in texts) csv.Append(t).Append(",1\n");

        var run = CliRunner.Run("km", StatisticsFiles.Scratch(csv.ToString()), "--time", "time", "--event", "status", "--json");

        Assert.Equal(0, run.ExitCode);
        var parsed = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("strata")[0].GetProperty("steps").EnumerateArray()
            .Select(s => s.GetProperty("time").GetDouble()).ToHashSet();
        var expected = texts.Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(expected.Count, parsed.Count);
        var missing = expected.Where(e => !parsed.Contains(e)).Take(5).ToList();
        Assert.True(missing.Count == 0, $"times read differently from double.Parse: {string.Join(", ", missing.Select(m => m.ToString("R", CultureInfo.InvariantCulture)))}");
    }
}

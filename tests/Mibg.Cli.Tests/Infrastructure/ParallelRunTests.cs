using System.Text.Json;

namespace Mibg.Cli.Tests.Infrastructure;

/// <summary>Runs of mibg in one process at the same time do not share output (the console is injected, not static).</summary>
public sealed class ParallelRunTests
{
    [Fact]
    public void Concurrent_runs_each_get_their_own_output()
    {
        var totals = Enumerable.Range(0, 24).ToArray();
        var runs = new CliRun[totals.Length];
        Parallel.For(0, totals.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Segment 1 (skull) scored i mod 7 and the rest 0: total = i mod 7. Every other run writes a human table.
            var values = new[] { (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(Enumerable.Repeat("0", 11));
            runs[i] = CliRunner.Run(["score", "siopen", .. values, .. (i % 2 == 0 ? new[] { "--json" } : [])]);
        });
        for (var i = 0; i < totals.Length; i++)
        {
            Assert.Equal(0, runs[i].ExitCode);
            if (i % 2 == 0)
            {
                Assert.Equal("", runs[i].Console);
                using var doc = JsonDocument.Parse(runs[i].StdOut);
                Assert.Equal(i % 7, doc.RootElement.GetProperty("total").GetInt32());
            }
            else
            {
                Assert.Equal("", runs[i].StdOut);
                Assert.Matches($@"total\s*│\s*{i % 7}\s", runs[i].Console);
            }
        }
    }
}

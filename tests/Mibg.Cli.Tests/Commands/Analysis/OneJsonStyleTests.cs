using System.Text;
using System.Text.Json.Nodes;
using Mibg.Cli.Tests.Commands.Statistics;
using Mibg.Core.Json;

namespace Mibg.Cli.Tests.Commands.Analysis;

/// <summary>
/// One JSON style (docs/cli.md "JSON style", docs/analysis.md "Codes and JSON style"): results.json, <c>analyze --json</c>
/// and the statistics commands write the same statistic the same way. Before, an undefined statistic was "NaN" /
/// "Infinity" in results.json and null in <c>mibg agreement --json</c>.
/// </summary>
public sealed class OneJsonStyleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-json-style-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_undefined_statistic_is_null_in_results_json_and_in_the_cli_alike()
    {
        var study = Path.Combine(RepoRoot(), "samples", "small-study");
        var run = CliRunner.Run("analyze", study, "--out", _dir, "--json");
        Assert.Equal(0, run.ExitCode);
        var file = File.ReadAllText(Path.Combine(_dir, "results.json"));
        Assert.Equal(file.TrimEnd(), run.StdOut.TrimEnd()); // --json prints results.json itself
        Assert.DoesNotContain("\"NaN\"", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity\"", file, StringComparison.Ordinal);

        // In samples/small-study both readers agree on every scan's right distal upper limb: F = MSB/MSE is infinite
        // and its limits undefined. results.json's per-segment agreement must equal what 'mibg agreement' prints for
        // the same scores (same engine, same options object), nulls included.
        var results = JsonNode.Parse(file)!;
        var agreement = results["agreement"]!;
        var readers = agreement["readers"]!.AsArray().Select(r => (string)r!).ToArray();
        Assert.Equal(["R1", "R2"], readers);
        var segment = agreement["segments"]!.AsArray().Single(s => (string)s!["segment"]! == "right_upper_limb_distal")!;
        var fromResults = segment["agreement"]!["icc"]!;
        Assert.Contains(fromResults.AsArray(), i => i!["f"] is null);

        var csv = new StringBuilder("R1,R2\n");
        var reads = File.ReadAllLines(Path.Combine(study, "reads.csv"));
        var header = reads[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var score = reads.Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => (c[Col("scan_id")], c[Col("reader")]), c => c[Col("siopen_right_upper_limb_distal")]);
        foreach (var scan in agreement["scan_ids"]!.AsArray().Select(s => (string)s!))
            csv.Append(score[(scan, "R1")]).Append(',').Append(score[(scan, "R2")]).Append('\n');
        var cli = CliRunner.Run("agreement", StatisticsFiles.Scratch(csv.ToString()), "--raters", "R1,R2", "--levels", "0..6", "--json");
        Assert.Equal(0, cli.ExitCode);
        var fromCli = JsonNode.Parse(cli.StdOut)!["icc"]!;
        Assert.True(JsonNode.DeepEquals(fromResults, fromCli), $"results.json: {fromResults.ToJsonString()}\ncli: {fromCli.ToJsonString()}");
    }

    [Fact]
    public void The_cli_writes_with_the_shared_options()
    {
        Assert.Same(MibgJson.Options, Mibg.Cli.Infrastructure.CliJson.Options);
    }

    [Fact]
    public void A_misspelt_plan_code_is_refused_by_analyze_naming_field_valid_values_and_closest()
    {
        var plan = Path.Combine(_dir, "plan.json");
        File.WriteAllText(plan, """{"proportion_interval": "clopper-pearson"}""");
        var run = CliRunner.Run("analyze", Path.Combine(RepoRoot(), "samples", "small-study"), "--plan", plan, "--out", Path.Combine(_dir, "out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("proportion_interval: 'clopper-pearson' is not a valid value; valid values: wilson, clopper_pearson (closest: 'clopper_pearson')",
            run.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

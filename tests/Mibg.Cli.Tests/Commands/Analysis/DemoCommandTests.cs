using System.Text.Json.Nodes;

namespace Mibg.Cli.Tests.Commands.Analysis;

/// <summary><c>mibg demo</c> end to end, in-process: study files, embedded database, results and report.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-demo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Demo_writes_everything_and_reproduces_the_published_figures()
    {
        var outDir = Path.Combine(_dir, "demo");
        var run = CliRunner.Run("demo", "--out", outDir, "--xlsx");
        Assert.True(run.ExitCode == 0, run.StdErr);
        foreach (var step in new[] { "[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]" }) Assert.Contains(step, run.Console, StringComparison.Ordinal);
        foreach (var f in new[] { "results.json", "report.html", "report.pdf", "mibg-demo.db", "study/patients.csv", "study/scans.csv", "study/reads.csv", "study/events.csv", "study/demo-study.xlsx" })
            Assert.True(File.Exists(Path.Combine(outDir, f)), f);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(outDir, "figures"), "*.svg"));

        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")))!;
        var published = results["published"]!.AsArray();
        Assert.Equal(15, published.Count);
        Assert.Equal(14, published.Count(f => f!["match"]!.GetValue<bool>()));
        Assert.Equal(30, results["persistent"]!["n"]!.GetValue<int>());
        Assert.Equal(201, results["persistent"]!["of"]!.GetValue<int>());

        // The study files written are a valid study (the storage validator finds no error).
        var validate = CliRunner.Run("validate", Path.Combine(outDir, "study"));
        Assert.True(validate.ExitCode == 0, validate.StdErr + validate.StdOut);
        var workbook = CliRunner.Run("validate", Path.Combine(outDir, "study", "demo-study.xlsx"));
        Assert.True(workbook.ExitCode == 0, workbook.StdErr + workbook.StdOut);
    }

    [Fact]
    public void Another_seed_still_reproduces_the_figures()
    {
        var outDir = Path.Combine(_dir, "seed7");
        var run = CliRunner.Run("demo", "--out", outDir, "--seed", "7");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("seed 7", run.Console, StringComparison.Ordinal);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")))!;
        Assert.Equal(14, results["published"]!.AsArray().Count(f => f!["match"]!.GetValue<bool>()));
    }
}

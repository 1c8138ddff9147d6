using System.Text.Json;
using Mibg.Statistics.Agreement;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary><c>mibg agreement --study</c> on samples/small-study (two readers, R1 and R2).</summary>
public sealed class StudyAgreementCommandTests
{
    private static string SmallStudy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) return Path.Combine(dir.FullName, "samples", "small-study");
        throw new DirectoryNotFoundException("Mibg.slnx not found above the test binaries.");
    }

    [Fact]
    public void Per_segment_and_total_agreement_equal_the_table_command_on_the_same_ratings()
    {
        var study = SmallStudy();
        var run = CliRunner.Run("agreement", "--study", study, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Equal(["readers", "n", "segments", "total"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["R1", "R2"], root.GetProperty("readers").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(12, root.GetProperty("segments").GetArrayLength());

        // Independent check: rebuild the (R1, R2) SIOPEN totals of the scans both read from reads.csv and compare
        // with the agreement computed directly (the table path is itself checked against psych above).
        var lines = File.ReadAllLines(Path.Combine(study, "reads.csv"));
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var segmentColumns = header.Where(h => h.StartsWith("siopen_", StringComparison.Ordinal)).Select(Col).ToArray();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        double Total(string[] r) => segmentColumns.Sum(c => double.Parse(r[c], System.Globalization.CultureInfo.InvariantCulture));
        var byScan = rows.Where(r => r[Col("reader")] is "R1" or "R2").GroupBy(r => r[Col("scan_id")])
            .Where(g => g.Count() == 2).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        Assert.Equal(byScan.Length, root.GetProperty("n").GetInt32());
        var r1 = byScan.Select(g => Total(g.Single(r => r[Col("reader")] == "R1"))).ToArray();
        var r2 = byScan.Select(g => Total(g.Single(r => r[Col("reader")] == "R2"))).ToArray();
        var expected = Agreement.Compute([r1, r2]);
        var total = root.GetProperty("total");
        Assert.Equal(expected.Icc[1].Value, total.GetProperty("icc")[1].GetProperty("value").GetDouble(), 12);
        Assert.Equal(expected.BlandAltman!.Bias, total.GetProperty("bland_altman").GetProperty("bias").GetDouble(), 12);
    }

    [Fact]
    public void Unknown_reader_is_named_with_the_readers_there_are()
    {
        var run = CliRunner.Run("agreement", "--study", SmallStudy(), "--raters", "R1,R9");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no reads by reader 'R9'. The readers are: R1, R2", run.StdErr);
    }

    [Fact]
    public void Data_and_study_together_is_a_usage_error()
    {
        var run = CliRunner.Run("agreement", "x.csv", "--study", SmallStudy());
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Ratings_without_any_variation_are_refused_with_a_reason()
    {
        var run = CliRunner.Run("agreement", StatisticsFiles.Scratch("a,b\n0,0\n0,0\n0,0\n"), "--raters", "a,b");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("every rating is 0", run.StdErr);
    }
}

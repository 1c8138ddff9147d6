using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Study;

/// <summary><c>mibg validate</c> as a user runs it (design/cli.md).</summary>
public class ValidateCommandTests
{
    [Fact]
    public void The_sample_study_is_valid()
    {
        var run = CliRunner.Run("validate", StudyFolder.Sample, "--today", "2026-01-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{StudyFolder.Sample}: valid (8 patients, 34 scans, 102 reads, 6 events, 5 radiotherapy rows, 13 assessments)\n", run.StdOut.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("", run.StdErr);
    }

    [Fact]
    public void The_sample_workbook_is_valid()
    {
        var run = CliRunner.Run("validate", StudyFolder.SampleXlsx, "--today", "2026-01-01");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Every_problem_is_printed_on_stderr_as_file_row_column_and_exit_is_1()
    {
        using var folder = new StudyFolder();
        var dir = folder.CopyOfSample();
        var reads = Path.Combine(dir, "reads.csv");
        var lines = File.ReadAllLines(reads);
        var f = lines[3].Split(',');
        f[9] = "7";  // siopen_spine of spreadsheet row 4 (column 10 = index 9: scan_id, reader, read_date, 6 segments before spine)
        lines[3] = string.Join(',', f);
        File.WriteAllLines(reads, lines);
        File.WriteAllText(Path.Combine(dir, "events.csv"), File.ReadAllText(Path.Combine(dir, "events.csv")).Replace("relapse,spine;pelvis", "relapse,spine;liver", StringComparison.Ordinal));

        var run = CliRunner.Run("validate", dir, "--today", "2026-01-01");

        Assert.Equal(1, run.ExitCode);
        var err = run.StdErr.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("reads.csv:4:siopen_spine: error SCORE_RANGE: 7 is outside 0..6", err[0]);
        Assert.StartsWith("events.csv:2:sites: error BAD_SITE: 'liver' is not a site", err[1], StringComparison.Ordinal);
        Assert.Equal("2 errors, 0 warnings", err[2]);
        Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Json_output_lists_the_diagnostics_with_their_fields()
    {
        using var folder = new StudyFolder();
        var dir = folder.CopyOfSample();
        File.Delete(Path.Combine(dir, "events.csv"));
        var run = CliRunner.Run("validate", dir, "--json");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("events.csv", d.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("row").ValueKind);
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("MISSING_FILE", d.GetProperty("code").GetString());
    }

    [Fact]
    public void Json_output_of_a_valid_study_has_its_counts()
    {
        var run = CliRunner.Run("validate", StudyFolder.Sample, "--json", "--today", "2026-01-01");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(102, json.RootElement.GetProperty("counts").GetProperty("reads").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void A_bad_today_is_a_usage_error()
    {
        var run = CliRunner.Run("validate", StudyFolder.Sample, "--today", "01/02/2026");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--today '01/02/2026' is not a date in the form YYYY-MM-DD", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_study_argument_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("validate").ExitCode);
    }

    [Fact]
    public void A_study_that_does_not_exist_is_invalid_input()
    {
        var run = CliRunner.Run("validate", "/no/such/study");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("/no/such/study: error STUDY_NOT_FOUND: ", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_an_example()
    {
        var run = CliRunner.Run("validate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("validate samples/small-study", run.Console, StringComparison.Ordinal);
    }
}

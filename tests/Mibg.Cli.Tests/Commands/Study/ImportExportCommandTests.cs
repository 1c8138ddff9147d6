using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Study;

/// <summary><c>mibg import</c> and <c>mibg export</c> as a user runs them (design/cli.md).</summary>
public class ImportExportCommandTests
{
    private static readonly string[] Today = ["--today", "2026-01-01"];

    [Fact]
    public void Import_then_export_csv_reproduces_the_sample_files()
    {
        using var folder = new StudyFolder();
        var store = folder.File("s.db");
        var import = CliRunner.Run(["import", StudyFolder.Sample, "--store", store, .. Today]);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal($"imported 8 patients, 34 scans, 102 reads, 6 events, 5 radiotherapy rows, 13 assessments into SQLite store {store}\n", import.StdOut.Replace("\r", "", StringComparison.Ordinal));

        var output = folder.File("out");
        var export = CliRunner.Run("export", "--store", store, "--format", "csv", "--out", output);
        Assert.Equal(0, export.ExitCode);
        foreach (var t in new[] { "patients", "scans", "reads", "events", "radiotherapy", "assessments" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(StudyFolder.Sample, t + ".csv")), File.ReadAllBytes(Path.Combine(output, t + ".csv")));
    }

    [Fact]
    public void Import_then_export_xlsx_reproduces_the_sample_workbook()
    {
        using var folder = new StudyFolder();
        var store = folder.File("s.db");
        Assert.Equal(0, CliRunner.Run(["import", StudyFolder.SampleXlsx, "--store", store, .. Today]).ExitCode);
        var output = folder.File("out.xlsx");
        Assert.Equal(0, CliRunner.Run("export", "--store", store, "--format", "xlsx", "--out", output).ExitCode);
        Assert.Equal(File.ReadAllBytes(StudyFolder.SampleXlsx), File.ReadAllBytes(output));
    }

    [Fact]
    public void An_invalid_study_is_not_imported_and_no_store_is_created()
    {
        using var folder = new StudyFolder();
        var dir = folder.CopyOfSample();
        File.WriteAllText(Path.Combine(dir, "patients.csv"), File.ReadAllText(Path.Combine(dir, "patients.csv")).Replace("NB002,A,F", "NB002,A,female", StringComparison.Ordinal));
        var store = folder.File("s.db");
        var run = CliRunner.Run(["import", dir, "--store", store, .. Today]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("patients.csv:3:sex: error BAD_CODE: 'female' is not one of M, F", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("not imported (the store was not touched)", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void Importing_into_a_store_that_holds_a_study_needs_replace()
    {
        using var folder = new StudyFolder();
        var store = folder.File("s.db");
        Assert.Equal(0, CliRunner.Run(["import", StudyFolder.Sample, "--store", store, .. Today]).ExitCode);
        var again = CliRunner.Run(["import", StudyFolder.Sample, "--store", store, .. Today]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds a study (8 patients, 34 scans, 102 reads, 6 events, 5 radiotherapy rows, 13 assessments); add --replace", again.StdErr, StringComparison.Ordinal);
        var replaced = CliRunner.Run(["import", StudyFolder.Sample, "--store", store, "--replace", "--json", .. Today]);
        Assert.Equal(0, replaced.ExitCode);
        using var json = JsonDocument.Parse(replaced.StdOut);
        Assert.True(json.RootElement.GetProperty("replaced").GetBoolean());
        Assert.Equal(Mibg.Storage.Database.StoreSchema.CurrentVersion, json.RootElement.GetProperty("schema_version").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("counts").GetProperty("patients").GetInt32());
    }

    [Fact]
    public void An_unreachable_PostgreSQL_store_is_answered_clearly()
    {
        // (web branch) The PostgreSQL store exists now: an unreachable server is answered clearly.
        var run = CliRunner.Run(["import", StudyFolder.Sample, "--store", "Host=127.0.0.1;Port=1;Database=mibg;Timeout=3", .. Today]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot open PostgreSQL store 127.0.0.1:1/mibg", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("adtte")]
    [InlineData("redcap")]
    public void Adtte_and_redcap_exports_are_not_supported_yet(string format)
    {
        using var folder = new StudyFolder();
        var run = CliRunner.Run("export", "--store", folder.File("s.db"), "--format", format, "--out", folder.File("x"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"mibg: --format {format} is not supported yet in this version of mibg; use csv or xlsx\n", run.StdErr.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_without_format_is_a_usage_error()
    {
        var run = CliRunner.Run("export", "--out", "x");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format is required", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_from_a_missing_store_is_refused_without_creating_it()
    {
        using var folder = new StudyFolder();
        var store = folder.File("none.db");
        var run = CliRunner.Run("export", "--store", store, "--format", "csv", "--out", folder.File("out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"no store at '{store}'; import a study first", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void Export_does_not_overwrite_without_force()
    {
        using var folder = new StudyFolder();
        var store = folder.File("s.db");
        Assert.Equal(0, CliRunner.Run(["import", StudyFolder.Sample, "--store", store, .. Today]).ExitCode);
        var output = folder.File("s.xlsx");
        Assert.Equal(0, CliRunner.Run("export", "--store", store, "--format", "xlsx", "--out", output).ExitCode);
        var again = CliRunner.Run("export", "--store", store, "--format", "xlsx", "--out", output);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists; add --force", again.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("export", "--store", store, "--format", "xlsx", "--out", output, "--force").ExitCode);
    }

    [Fact]
    public void Help_of_import_and_export_shows_examples()
    {
        Assert.Contains("import samples/small-study", CliRunner.Run("import", "--help").Console, StringComparison.Ordinal);
        Assert.Contains("--format csv --out exported-study", CliRunner.Run("export", "--help").Console, StringComparison.Ordinal);
    }
}

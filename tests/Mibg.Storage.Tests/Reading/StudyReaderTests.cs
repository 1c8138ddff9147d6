using Mibg.Core.TimePoints;
using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Reading;

/// <summary>What a valid study reads into: types, birth dates, extra columns.</summary>
public class StudyReaderTests
{
    private static StudyReadResult Read(string path) => StudyReader.Read(path, new StudyReadOptions { Today = TestStudy.Today });

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void The_test_study_reads_without_diagnostics(string kind)
    {
        using var folder = new TempFolder();
        var r = Read(new TestStudy().Write(kind, folder));
        Assert.Empty(r.Diagnostics);
        var s = r.Study!;
        Assert.Equal((2, 3, 5, 2), (s.Patients.Count, s.Scans.Count, s.Reads.Count, s.Events.Count));
        Assert.Equal(TimePoint.PostHdc, s.Scans[1].TimePoint);
        // S1, reader R1: 1+2+3+1 = 7 (TestStudy)
        Assert.Equal(7, s.Reads[0].Siopen.Total);
        Assert.Null(s.Reads[0].Curie);
        Assert.Equal(["spine", "pelvis"], s.Events[0].Sites);
        Assert.True(s.Patients[1].IsDead);
    }

    [Fact]
    public void A_birth_date_becomes_the_age_at_diagnosis_and_is_dropped()
    {
        using var folder = new TempFolder();
        // P1: born 2011-10-01, diagnosed 2015-01-10 -> 1197 days (DateOnly day numbers; 2012 is a leap year:
        // 2011-10-01..2014-10-01 = 1096 days, + 2014-10-01..2015-01-10 = 101 days)
        var study = new TestStudy().AddColumn("patients", "birth_date", "2011-10-01", null);
        study.Set("patients", 2, "age_at_diagnosis_days", null);
        var r = Read(study.WriteCsv(folder));
        Assert.Empty(r.Diagnostics);
        Assert.Equal(1197, r.Study!.Patients[0].AgeAtDiagnosisDays);
        Assert.Empty(r.Study.Patients[0].Extra);
        Assert.False(r.Study.ExtraColumns.ContainsKey("patients"));
    }

    [Fact]
    public void An_unknown_column_is_kept_as_an_extra_attribute_and_warned_about_once()
    {
        using var folder = new TempFolder();
        var study = new TestStudy().AddColumn("scans", "Camera Model", "GE Infinia", null, "Siemens Symbia");
        var r = Read(study.WriteCsv(folder));
        var warning = Assert.Single(r.Diagnostics);
        Assert.Equal("scans.csv:1:Camera Model: warning UNKNOWN_COLUMN: 'Camera Model' is not a column of scans in the data dictionary; it is kept as an extra attribute", warning.ToString());
        Assert.Equal(["Camera Model"], r.Study!.ExtraColumns["scans"]);
        Assert.Equal("GE Infinia", r.Study.Scans[0].Extra["Camera Model"]);
        Assert.Empty(r.Study.Scans[1].Extra);
    }

    [Fact]
    public void A_misspelt_column_gets_a_suggestion()
    {
        using var folder = new TempFolder();
        var study = new TestStudy().AddColumn("patients", "Induction Regimen", "rapid COJEC", "N5");
        var r = Read(study.WriteCsv(folder));
        Assert.Contains("did you mean 'induction_regimen'?", Assert.Single(r.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_is_injected_so_the_future_date_rule_does_not_depend_on_the_clock()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        // last contact of P1 is 2020-01-01: in the future on 2019-12-31, not on 2020-01-01
        var before = StudyReader.Read(dir, new StudyReadOptions { Today = new DateOnly(2019, 12, 31) });
        Assert.Contains(before.Diagnostics, d => d is { Code: "FUTURE_DATE", Row: 2, Column: "last_contact_date" });
        var on = StudyReader.Read(dir, new StudyReadOptions { Today = new DateOnly(2020, 1, 1) });
        Assert.Empty(on.Diagnostics);
    }

    [Fact]
    public void Diagnostic_text_has_the_documented_form()
    {
        Assert.Equal("reads.csv:14:siopen_spine: error SCORE_RANGE: 7 is outside 0..6",
            new Diagnostic("reads.csv", 14, "siopen_spine", DiagnosticSeverity.Error, "SCORE_RANGE", "7 is outside 0..6").ToString());
        Assert.Equal("events.csv: error MISSING_FILE: x",
            new Diagnostic("events.csv", null, null, DiagnosticSeverity.Error, "MISSING_FILE", "x").ToString());
        Assert.Equal("book.xlsx[scans]:3: error FIELD_COUNT: y",
            new Diagnostic("book.xlsx[scans]", 3, null, DiagnosticSeverity.Error, "FIELD_COUNT", "y").ToString());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void The_small_sample_study_validates_without_any_diagnostic(string kind)
    {
        var root = RepoRoot();
        var path = kind == "csv"
            ? Path.Combine(root, "samples", "small-study")
            : Path.Combine(root, "samples", "small-study", "small-study.xlsx");
        var r = StudyReader.Read(path, new StudyReadOptions { Today = new DateOnly(2026, 1, 1) });
        Assert.Empty(r.Diagnostics);
        Assert.Equal(8, r.Study!.Patients.Count);
        Assert.All(r.Study.Patients, p => Assert.Equal("M", p.InrgStage));
        // every scan read by R1, R2 and consensus
        Assert.All(r.Study.Scans, s => Assert.Equal(["R1", "R2", "consensus"], r.Study.Reads.Where(x => x.ScanId == s.ScanId).Select(x => x.Reader)));
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

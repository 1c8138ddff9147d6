using System.Text;
using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Reading;

/// <summary>File-level problems of a CSV folder: encodings, separators, quoting, empty and missing files.</summary>
public class MalformedCsvFileTests
{
    private static StudyReadResult Read(string dir) => StudyReader.Read(dir, new StudyReadOptions { Today = TestStudy.Today });

    private static (string, int?, string?, string)[] Where(StudyReadResult r) =>
        r.Diagnostics.Select(d => (d.File, d.Row, d.Column, d.Code)).ToArray();

    [Fact]
    public void A_BOM_and_CRLF_line_ends_are_accepted()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        foreach (var f in Directory.GetFiles(dir))
            File.WriteAllBytes(f, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(f).Replace("\n", "\r\n", StringComparison.Ordinal))]);
        var r = Read(dir);
        Assert.Empty(r.Diagnostics);
        Assert.Equal("P1", r.Study!.Patients[0].PatientId); // the BOM is not part of the first column name or value
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_still_count_as_a_spreadsheet_shows_them()
    {
        using var folder = new TempFolder();
        var study = new TestStudy()
            .Set("reads", 2, "comment", "faint, equivocal \"hot spot\"\nsee report")
            .Set("reads", 3, "siopen_spine", "9");
        var r = Read(study.WriteCsv(folder));
        // the line break inside row 2's quoted comment does not shift row 3
        Assert.Equal([("reads.csv", (int?)3, (string?)"siopen_spine", "SCORE_RANGE")], Where(r));
        var fixedStudy = study.Set("reads", 3, "siopen_spine", "4");
        using var folder2 = new TempFolder();
        var ok = Read(fixedStudy.WriteCsv(folder2));
        Assert.Equal("faint, equivocal \"hot spot\"\nsee report", ok.Study!.Reads[0].Comment);
    }

    [Fact]
    public void A_semicolon_separated_file_is_recognised_and_the_fix_explained()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        var path = Path.Combine(dir, "patients.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace(',', ';'));
        var r = Read(dir);
        Assert.Equal([("patients.csv", (int?)1, (string?)null, "SEMICOLON_SEPARATED")], Where(r).Where(d => d.Item1 == "patients.csv").ToArray());
        Assert.Contains("CSV UTF-8 (Comma delimited)", r.Diagnostics[0].Message, StringComparison.Ordinal);
        // the other tables are still checked; without patients they cannot refer to it, so no UNKNOWN_PATIENT flood
        Assert.Single(r.Diagnostics);
    }

    [Fact]
    public void A_tab_separated_file_is_recognised()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        var path = Path.Combine(dir, "events.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace(',', '\t'));
        Assert.Equal([("events.csv", (int?)1, (string?)null, "TAB_SEPARATED")], Where(Read(dir)));
    }

    [Fact]
    public void Windows_1252_bytes_are_reported_on_each_row_that_holds_them()
    {
        using var folder = new TempFolder();
        var study = new TestStudy().AddColumn("scans", "note", null, "Centre L\u00e9on B\u00e9rard", null);
        var dir = study.WriteCsv(folder);
        var path = Path.Combine(dir, "scans.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(File.ReadAllText(path)));
        var r = Read(dir);
        Assert.Equal([("scans.csv", (int?)3, (string?)null, "NOT_UTF8")], Where(r));
        Assert.Contains("0xE9", r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF16_file_is_refused_with_the_fix()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        var path = Path.Combine(dir, "reads.csv");
        File.WriteAllText(path, File.ReadAllText(path), Encoding.Unicode);
        var r = Read(dir);
        Assert.Equal([("reads.csv", (int?)null, (string?)null, "NOT_UTF8")], Where(r));
        Assert.Contains("UTF-16", r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        File.WriteAllText(Path.Combine(dir, "events.csv"), "");
        Assert.Equal([("events.csv", (int?)null, (string?)null, "EMPTY_FILE")], Where(Read(dir)));
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        File.Delete(Path.Combine(dir, "scans.csv"));
        // reads cannot be checked against scans that are missing, so only the missing file is reported
        Assert.Equal([("scans.csv", (int?)null, (string?)null, "MISSING_FILE")], Where(Read(dir)));
    }

    [Fact]
    public void File_names_are_case_insensitive()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        File.Move(Path.Combine(dir, "patients.csv"), Path.Combine(dir, "Patients.CSV"));
        Assert.Empty(Read(dir).Diagnostics);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_at_the_row_where_it_opens()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        var path = Path.Combine(dir, "events.csv");
        var lines = File.ReadAllLines(path);
        lines[2] += "\"unfinished comment";
        File.WriteAllLines(path, lines);
        Assert.Equal([("events.csv", (int?)3, (string?)null, "UNTERMINATED_QUOTE")], Where(Read(dir)));
    }

    [Fact]
    public void A_row_with_too_many_fields_is_reported()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        var path = Path.Combine(dir, "scans.csv");
        var lines = File.ReadAllLines(path);
        lines[2] += ",extra value";
        File.WriteAllLines(path, lines);
        var r = Read(dir);
        Assert.Equal([("scans.csv", (int?)3, (string?)null, "FIELD_COUNT")], Where(r).Where(d => d.Item1 == "scans.csv").ToArray());
    }

    [Fact]
    public void Upper_case_column_names_and_any_column_order_are_accepted()
    {
        using var folder = new TempFolder();
        var dir = new TestStudy().WriteCsv(folder);
        var path = Path.Combine(dir, "patients.csv");
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].ToUpperInvariant();
        // swap the first two columns everywhere
        File.WriteAllLines(path, lines.Select(l => { var f = l.Split(','); (f[0], f[1]) = (f[1], f[0]); return string.Join(',', f); }));
        var r = Read(dir);
        Assert.Empty(r.Diagnostics);
        Assert.Equal("P2", r.Study!.Patients[1].PatientId);
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        using var folder = new TempFolder();
        var study = new TestStudy()
            .Set("reads", 2, "siopen_skull", "8")
            .Set("reads", 4, "siopen_pelvis", "x")
            .Set("reads", 6, "siopen_spine", "12")
            .Set("patients", 3, "sex", "X");
        var r = Read(study.WriteCsv(folder));
        Assert.Equal(
        [
            ("patients.csv", (int?)3, (string?)"sex", "BAD_CODE"),
            ("reads.csv", 2, "siopen_skull", "SCORE_RANGE"),
            ("reads.csv", 4, "siopen_pelvis", "BAD_INTEGER"),
            ("reads.csv", 6, "siopen_spine", "SCORE_RANGE"),
        ], Where(r));
        Assert.Equal("reads.csv:2:siopen_skull: error SCORE_RANGE: 8 is outside 0..6", r.Diagnostics[1].ToString());
    }
}

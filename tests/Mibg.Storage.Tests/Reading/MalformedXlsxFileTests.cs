using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Reading;

/// <summary>Workbook-level problems: missing or empty sheets, files that are not .xlsx, Excel date cells.</summary>
public class MalformedXlsxFileTests
{
    private static StudyReadResult Read(string path) => StudyReader.Read(path, new StudyReadOptions { Today = TestStudy.Today });

    private static (string, int?, string?, string)[] Where(StudyReadResult r) =>
        r.Diagnostics.Select(d => (d.File, d.Row, d.Column, d.Code)).ToArray();

    [Fact]
    public void A_missing_sheet_is_reported_with_the_sheets_found()
    {
        using var folder = new TempFolder();
        var path = new TestStudy().WriteXlsx(folder, "events");
        var r = Read(path);
        Assert.Equal([("book.xlsx[events]", (int?)null, (string?)null, "MISSING_SHEET")], Where(r));
        Assert.Contains("patients, scans, reads", r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_sheet_is_reported()
    {
        using var folder = new TempFolder();
        var study = new TestStudy();
        study.Tables["events"].Clear();
        study.Tables["events"].Add([null]);
        var r = Read(study.WriteXlsx(folder));
        Assert.Equal([("book.xlsx[events]", (int?)null, (string?)null, "EMPTY_FILE")], Where(r));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_reported_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.xlsx");
        File.WriteAllText(path, "patient_id,sex\nP1,M\n");
        var r = Read(path);
        Assert.Equal([("book.xlsx", (int?)null, (string?)null, "NOT_XLSX")], Where(r));
        Assert.DoesNotContain("   at ", r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_workbook_is_refused_with_the_fix()
    {
        using var folder = new TempFolder();
        var path = folder.File("study.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0]);
        var r = Read(path);
        Assert.Equal([("study.xls", (int?)null, (string?)null, "UNSUPPORTED_FORMAT")], Where(r));
    }

    /// <summary>Rewrites the first cell reference <paramref name="from"/> of the patients sheet to <paramref name="to"/>.</summary>
    private static string WithPatientsCellReference(TempFolder folder, string from, string to)
    {
        var path = new TestStudy().WriteXlsx(folder);
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!; // the first sheet written: patients
        string xml;
        using (var r = new StreamReader(sheet.Open())) xml = r.ReadToEnd();
        Assert.Contains($"r=\"{from}\"", xml, StringComparison.Ordinal);
        var name = sheet.FullName;
        sheet.Delete();
        using (var w = new StreamWriter(zip.CreateEntry(name).Open())) w.Write(xml.Replace($"r=\"{from}\"", $"r=\"{to}\"", StringComparison.Ordinal));
        return path;
    }

    [Theory]
    [InlineData("ZZZZZ2")] // column 12,356,630: half a GB of empty cells if allocated
    [InlineData("XFE2")] // one past Excel's last column XFD
    public void A_cell_reference_beyond_the_last_spreadsheet_column_is_a_located_error_not_an_allocation(string reference)
    {
        using var folder = new TempFolder();
        var r = Read(WithPatientsCellReference(folder, "B2", reference));
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("NOT_XLSX", d.Code);
        Assert.StartsWith("book.xlsx[", d.File, StringComparison.Ordinal);
        Assert.Contains($"row 2: cell reference '{reference}' is beyond column XFD", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_strings_part_that_would_unpack_beyond_the_limit_is_refused_before_inflating()
    {
        // A zip bomb: 257 MiB of spaces compress to about 250 KB; the declared size is checked before any byte is read.
        using var folder = new TempFolder();
        var path = new TestStudy().WriteXlsx(folder);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/sharedStrings.xml")?.Delete();
            using var s = zip.CreateEntry("xl/sharedStrings.xml", System.IO.Compression.CompressionLevel.Fastest).Open();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 257; i++) s.Write(block);
        }
        var r = Read(path);
        Assert.NotEmpty(r.Diagnostics);
        Assert.All(r.Diagnostics, d => Assert.Equal("NOT_XLSX", d.Code));
        Assert.Contains("xl/sharedStrings.xml would unpack to 269,484,032 bytes", r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_spreadsheet_column_is_still_read()
    {
        // XFD2 is legal (column 16,384): the cell is placed there (the row's column B is then empty, which the study
        // reader reports as a row problem), never refused as a damaged file.
        using var folder = new TempFolder();
        var r = Read(WithPatientsCellReference(folder, "B2", "XFD2"));
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "NOT_XLSX");
    }

    [Fact]
    public void Excel_date_cells_are_accepted_as_dates()
    {
        using var folder = new TempFolder();
        var study = new TestStudy()
            .Set("patients", 2, "diagnosis_date", new DateTime(2015, 1, 10))
            .Set("scans", 3, "scan_date", new DateTime(2015, 8, 1));
        var r = Read(study.WriteXlsx(folder));
        Assert.Empty(r.Diagnostics);
        Assert.Equal(new DateOnly(2015, 1, 10), r.Study!.Patients[0].DiagnosisDate);
        Assert.Equal(new DateOnly(2015, 8, 1), r.Study.Scans[1].ScanDate);
    }

    [Fact]
    public void Number_cells_are_read_as_scores()
    {
        using var folder = new TempFolder();
        var study = new TestStudy().Set("reads", 2, "siopen_spine", 3.0).Set("reads", 3, "siopen_pelvis", 2.5);
        var r = Read(study.WriteXlsx(folder));
        Assert.Equal([("book.xlsx[reads]", (int?)3, (string?)"siopen_pelvis", "BAD_INTEGER")], Where(r));
    }

    [Fact]
    public void Sheet_names_are_case_insensitive()
    {
        using var folder = new TempFolder();
        var study = new TestStudy();
        var rows = study.Tables["patients"];
        study.Tables.Remove("patients");
        study.Tables["Patients"] = rows;
        Assert.Empty(Read(study.WriteXlsx(folder)).Diagnostics);
    }

    [Fact]
    public void A_missing_study_path_is_reported()
    {
        var r = Read("/no/such/study");
        Assert.Equal([("/no/such/study", (int?)null, (string?)null, "STUDY_NOT_FOUND")], Where(r));
        Assert.Null(r.Study);
    }
}

using System.IO.Compression;
using Mibg.Bench.Storage;
using Mibg.Core.Study;
using Mibg.Storage.Export;
using Mibg.Storage.Reading;
using Mibg.Storage.Tests.Reading;

namespace Mibg.Storage.Tests.Export;

/// <summary>
/// design/data-dictionary.md, "Round trip": import → export → import → export gives identical files.
/// Both CSV files and xlsx workbooks are compared byte for byte.
/// </summary>
public class RoundTripTests
{
    private static readonly StudyReadOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private static async Task<StudyData> ImportAndLoad(string studyPath, string storePath)
    {
        var read = StudyReader.Read(studyPath, Options);
        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        await using var store = StudyStores.Open(storePath);
        await store.ImportAsync(read.Study!);
        return await store.LoadAsync();
    }

    [Fact]
    public async Task Csv_import_export_import_export_gives_identical_files()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(StudyReaderTests.RepoRoot(), "samples", "small-study");
        var first = folder.Sub("first");
        StudyExport.ToCsvFolder(await ImportAndLoad(sample, folder.File("a.db")), first);
        var second = folder.Sub("second");
        StudyExport.ToCsvFolder(await ImportAndLoad(first, folder.File("b.db")), second);
        foreach (var name in new[] { "patients.csv", "scans.csv", "reads.csv", "events.csv", "radiotherapy.csv", "assessments.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
            // the sample is written in the export layout, so even the first export reproduces it
            Assert.Equal(File.ReadAllBytes(Path.Combine(sample, name)), File.ReadAllBytes(Path.Combine(first, name)));
        }
    }

    [Fact]
    public async Task Xlsx_import_export_import_export_gives_identical_sheets()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(StudyReaderTests.RepoRoot(), "samples", "small-study", "small-study.xlsx");
        var first = folder.File("first.xlsx");
        StudyExport.ToXlsx(await ImportAndLoad(sample, folder.File("a.db")), first);
        var second = folder.File("second.xlsx");
        StudyExport.ToXlsx(await ImportAndLoad(first, folder.File("b.db")), second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Contains("xl/worksheets/sheet4.xml", Entries(first).Keys);
        // and the checked-in sample workbook is itself in the export layout
        Assert.Equal(File.ReadAllBytes(sample), File.ReadAllBytes(first));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Extra_columns_quotes_commas_line_breaks_and_accents_survive_the_round_trip(string kind)
    {
        using var folder = new TempFolder();
        var study = SyntheticStudy.Create(60, seed: 11, withExtraColumns: true);
        study = study with
        {
            Reads = [study.Reads[0] with { Comment = "Léon Bérard: \"hot\" spot,\nsee report" }, .. study.Reads.Skip(1)],
        };
        var path = kind == "csv" ? folder.Sub("out") : folder.File("out.xlsx");
        if (kind == "csv") StudyExport.ToCsvFolder(study, path); else StudyExport.ToXlsx(study, path);
        var back = StudyReader.Read(path, Options);
        Assert.DoesNotContain(back.Diagnostics, d => d.IsError);
        Assert.Equal(StudyFiles.CsvText(study), StudyFiles.CsvText(back.Study!));
    }

    [Fact]
    public async Task A_birth_date_given_on_import_is_never_exported()
    {
        using var folder = new TempFolder();
        var input = new TestStudy().AddColumn("patients", "birth_date", "2011-10-01", "2013-08-16");
        input.Set("patients", 2, "age_at_diagnosis_days", null).Set("patients", 3, "age_at_diagnosis_days", null);
        var loaded = await ImportAndLoad(input.WriteCsv(folder), folder.File("s.db"));
        var csv = folder.Sub("csv");
        StudyExport.ToCsvFolder(loaded, csv);
        var xlsx = folder.File("s.xlsx");
        StudyExport.ToXlsx(loaded, xlsx);
        var patients = File.ReadAllText(Path.Combine(csv, "patients.csv"));
        Assert.DoesNotContain("birth", patients, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2011-10-01", patients, StringComparison.Ordinal);
        Assert.DoesNotContain(Entries(xlsx).Values, v => v.Contains("2011-10-01", StringComparison.Ordinal) || v.Contains("birth", StringComparison.Ordinal));
        // ages derived instead: 2011-10-01 → 2015-01-10 = 1197 days; 2013-08-16 → 2016-02-01 = 899 days
        Assert.Equal([1197, 899], loaded.Patients.Select(p => p.AgeAtDiagnosisDays));
    }

    private static Dictionary<string, string> Entries(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}

using Mibg.Bench.Storage;
using Mibg.Storage.Export;
using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Export;

/// <summary>
/// Property (architecture.md, habit 6): reading an export gives back the study exported, for studies of
/// several sizes and seeds (fixed), as CSV and as xlsx.
/// </summary>
public class ExportReadIdentityTests
{
    [Theory]
    [InlineData(1, 1, "csv")]
    [InlineData(2, 17, "csv")]
    [InlineData(3, 120, "csv")]
    [InlineData(4, 1, "xlsx")]
    [InlineData(5, 17, "xlsx")]
    [InlineData(6, 120, "xlsx")]
    public void Export_then_read_is_the_identity(int seed, int patients, string kind)
    {
        using var folder = new TempFolder();
        var study = SyntheticStudy.Create(patients, seed, withExtraColumns: seed % 2 == 0);
        var path = kind == "csv" ? folder.Sub("s") : folder.File("s.xlsx");
        if (kind == "csv") StudyExport.ToCsvFolder(study, path); else StudyExport.ToXlsx(study, path);
        var back = StudyReader.Read(path, new StudyReadOptions { Today = new DateOnly(2026, 1, 1) });
        Assert.DoesNotContain(back.Diagnostics, d => d.IsError);
        Assert.Equal(StudyFiles.CsvText(study), StudyFiles.CsvText(back.Study!));
    }
}

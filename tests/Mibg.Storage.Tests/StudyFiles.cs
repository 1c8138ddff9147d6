using Mibg.Core.Study;
using Mibg.Storage.Export;

namespace Mibg.Storage.Tests;

/// <summary>Compares studies by what they export to: the exact text of the four CSV files.</summary>
public static class StudyFiles
{
    /// <summary>The CSV files of <paramref name="study"/> (the four required, and the optional ones it has), concatenated with their names.</summary>
    public static string CsvText(StudyData study)
    {
        using var folder = new TempFolder();
        StudyExport.ToCsvFolder(study, folder.Path);
        return string.Concat(new[] { "patients", "scans", "reads", "events", "radiotherapy", "assessments" }
            .Where(t => File.Exists(Path.Combine(folder.Path, t + ".csv")))
            .Select(t => $"== {t}.csv\n" + File.ReadAllText(Path.Combine(folder.Path, t + ".csv"))));
    }
}

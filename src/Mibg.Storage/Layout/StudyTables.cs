namespace Mibg.Storage.Layout;

/// <summary>The names of the four study tables (design/data-dictionary.md): sheet names, CSV base names and SQL table names.</summary>
public static class StudyTables
{
    /// <summary><c>patients</c>: one row per patient.</summary>
    public const string Patients = "patients";
    /// <summary><c>scans</c>: one row per mIBG scan.</summary>
    public const string Scans = "scans";
    /// <summary><c>reads</c>: one row per scan per reader.</summary>
    public const string Reads = "reads";
    /// <summary><c>events</c>: zero or more rows per patient.</summary>
    public const string Events = "events";

    /// <summary>The four tables in the order they are read, checked, stored and exported.</summary>
    public static IReadOnlyList<string> All { get; } = [Patients, Scans, Reads, Events];

    /// <summary>The CSV file name of a table, e.g. <c>patients.csv</c>.</summary>
    public static string CsvFileName(string table) => table + ".csv";
}

namespace Mibg.Storage.Layout;

/// <summary>The names of the study tables (docs/data-dictionary.md): sheet names, CSV base names and SQL table names.</summary>
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

    /// <summary><c>radiotherapy</c> (optional): one row per irradiated target per course.</summary>
    public const string Radiotherapy = "radiotherapy";
    /// <summary><c>assessments</c> (optional): one row per patient per response evaluation.</summary>
    public const string Assessments = "assessments";

    /// <summary>The four required tables, in the order they are read, checked, stored and exported.</summary>
    public static IReadOnlyList<string> Required { get; } = [Patients, Scans, Reads, Events];

    /// <summary>The optional tables: a study may leave them out (file or sheet absent = no rows).</summary>
    public static IReadOnlyList<string> Optional { get; } = [Radiotherapy, Assessments];

    /// <summary>Every table, required then optional, in the order they are read, checked, stored and exported.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Required, .. Optional];

    /// <summary>Whether a study may leave <paramref name="table"/> out.</summary>
    public static bool IsOptional(string table) => Optional.Contains(table);

    /// <summary>The CSV file name of a table, e.g. <c>patients.csv</c>.</summary>
    public static string CsvFileName(string table) => table + ".csv";
}

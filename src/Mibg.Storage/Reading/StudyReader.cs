using Mibg.Core.Study;
using Mibg.Storage.Layout;
using Mibg.Storage.Reading.Internal;

namespace Mibg.Storage.Reading;

/// <summary>
/// Reads and validates a study: a folder of four CSV files or an .xlsx workbook of four sheets
/// (design/data-dictionary.md). Every rule of the data dictionary is checked on every row; every problem
/// becomes a <see cref="Diagnostic"/>. Never throws for bad input.
/// </summary>
public static class StudyReader
{
    /// <summary>Reads the study at <paramref name="path"/> (a folder or an .xlsx file), with today's date from the system clock.</summary>
    public static StudyReadResult Read(string path) => Read(path, new StudyReadOptions());

    /// <summary>Reads the study at <paramref name="path"/> (a folder or an .xlsx file).</summary>
    public static StudyReadResult Read(string path, StudyReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var diagnostics = new DiagnosticBag();
        var tables = ReadTables(path, diagnostics);
        if (tables is null)
            return new StudyReadResult(null, diagnostics.Items);
        var study = Validate(tables, diagnostics, today, options.CheckImage);
        var order = tables.Select((t, i) => t?.File ?? Label(path, StudyTables.All[i])).ToArray();
        return new StudyReadResult(diagnostics.HasErrors ? null : study, diagnostics.Sorted(order));
    }

    private static string Label(string path, string table) =>
        Directory.Exists(path) ? StudyTables.CsvFileName(table) : $"{Path.GetFileName(path)}[{table}]";

    private static RawTable?[]? ReadTables(string path, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        try
        {
            if (Directory.Exists(path))
                return CsvTableSource.ReadFolder(path, diagnostics);
            if (!File.Exists(path))
            {
                diagnostics.Error(path, null, null, DiagnosticCodes.StudyNotFound, $"no folder or file named '{path}'");
                return null;
            }
            var extension = Path.GetExtension(path).ToLowerInvariant();
            switch (extension)
            {
                case ".xlsx" or ".xlsm":
                    return XlsxTableSource.ReadWorkbook(path, diagnostics);
                case ".xls":
                    diagnostics.Error(name, null, null, DiagnosticCodes.UnsupportedFormat,
                        "an old-format .xls workbook; open it in Excel and save it as \"Excel Workbook (.xlsx)\"");
                    return null;
                case ".csv":
                    diagnostics.Error(name, null, null, DiagnosticCodes.UnsupportedFormat,
                        "a study is a folder holding patients.csv, scans.csv, reads.csv and events.csv; give the folder, not one file");
                    return null;
                default:
                    diagnostics.Error(name, null, null, DiagnosticCodes.UnsupportedFormat,
                        "a study is an .xlsx workbook or a folder of four CSV files (patients, scans, reads, events)");
                    return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException)
        {
            diagnostics.Error(name, null, null, Directory.Exists(path) ? DiagnosticCodes.MissingFile : DiagnosticCodes.NotXlsx,
                $"cannot read '{path}': {e.Message}");
            return null;
        }
    }

    private static StudyData Validate(RawTable?[] tables, DiagnosticBag diagnostics, DateOnly today, Func<string, string?>? checkImage)
    {
        var (patientsTable, scansTable, readsTable, eventsTable) = (tables[0], tables[1], tables[2], tables[3]);
        var (radiotherapyTable, assessmentsTable) = (tables[4], tables[5]);
        TableColumns? Columns(RawTable? t, Action<RawTable, TableColumns, DiagnosticBag> require)
        {
            if (t is null) return null;
            var c = TableColumns.Match(t, diagnostics);
            require(t, c, diagnostics);
            return c;
        }
        var patientColumns = Columns(patientsTable, PatientRows.RequireColumns);
        var scanColumns = Columns(scansTable, ScanRows.RequireColumns);
        var readColumns = Columns(readsTable, ReadRows.RequireColumns);
        var eventColumns = Columns(eventsTable, EventRows.RequireColumns);
        var radiotherapyColumns = Columns(radiotherapyTable, RadiotherapyRows.RequireColumns);
        var assessmentColumns = Columns(assessmentsTable, AssessmentRows.RequireColumns);

        List<(Patient Patient, int Row)> patients = [];
        HashSet<string>? patientIds = null;
        if (patientsTable is not null)
            (patients, patientIds) = PatientRows.Read(patientsTable, patientColumns!, diagnostics, today);
        var patientsById = patients.ToDictionary(p => p.Patient.PatientId, p => p.Patient, StringComparer.Ordinal);

        var events = eventsTable is null ? [] : EventRows.Read(eventsTable, eventColumns!, diagnostics, today, patientIds, patientsById);
        // without a readable events table the progression window cannot be judged (null: not checked)
        var diseaseDates = eventsTable is null || diagnostics.Items.Any(d => d.IsError && d.File == eventsTable.File)
            ? null
            : events.Where(e => e.IsDiseaseEvent).ToLookup(e => e.PatientId, e => e.EventDate, StringComparer.Ordinal);

        List<Scan> scans = [];
        HashSet<string>? scanIds = null;
        if (scansTable is not null)
            (scans, scanIds) = ScanRows.Read(scansTable, scanColumns!, diagnostics, today, patientIds, patientsById, diseaseDates, checkImage);

        var reads = readsTable is null ? [] : ReadRows.Read(readsTable, readColumns!, diagnostics, today, scanIds);
        var radiotherapy = radiotherapyTable is null ? []
            : RadiotherapyRows.Read(radiotherapyTable, radiotherapyColumns!, diagnostics, today, patientIds, patientsById);
        var assessments = assessmentsTable is null ? []
            : AssessmentRows.Read(assessmentsTable, assessmentColumns!, diagnostics, today, patientIds, patientsById);

        return new StudyData
        {
            Patients = patients.Select(p => p.Patient).ToArray(),
            Scans = scans,
            Reads = reads,
            Events = events,
            Radiotherapy = radiotherapy,
            Assessments = assessments,
            ExtraColumns = new Dictionary<string, IReadOnlyList<string>>
            {
                [StudyTables.Patients] = patientColumns?.Extra.Select(e => e.Name).ToArray() ?? [],
                [StudyTables.Scans] = scanColumns?.Extra.Select(e => e.Name).ToArray() ?? [],
                [StudyTables.Reads] = readColumns?.Extra.Select(e => e.Name).ToArray() ?? [],
                [StudyTables.Events] = eventColumns?.Extra.Select(e => e.Name).ToArray() ?? [],
                [StudyTables.Radiotherapy] = radiotherapyColumns?.Extra.Select(e => e.Name).ToArray() ?? [],
                [StudyTables.Assessments] = assessmentColumns?.Extra.Select(e => e.Name).ToArray() ?? [],
            }.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value),
        };
    }
}

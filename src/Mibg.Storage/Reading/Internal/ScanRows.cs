using Mibg.Core.Study;
using Mibg.Core.TimePoints;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>The <c>scans</c> table.</summary>
internal static class ScanRows
{
    public static void RequireColumns(RawTable table, TableColumns columns, DiagnosticBag diagnostics) =>
        columns.RequireColumns(table, ["scan_id", "patient_id", "scan_date"], diagnostics);

    /// <summary>
    /// Reads the rows; returns the valid scans and every scan_id seen. <paramref name="patientIds"/>: every
    /// patient_id of the patients table (null when that table could not be read); <paramref name="patients"/>:
    /// the valid patients, for the date rules; <paramref name="diseaseEventDates"/>: progression/relapse dates
    /// per patient, for the time-point windows (null when the events table is unreadable: the progression window is then not checked).
    /// </summary>
    public static (List<Scan> Valid, HashSet<string> Ids) Read(RawTable table, TableColumns columns, DiagnosticBag diagnostics,
        DateOnly today, HashSet<string>? patientIds, Dictionary<string, Patient> patients, ILookup<string, DateOnly>? diseaseEventDates,
        Func<string, string?>? checkImage = null)
    {
        var valid = new List<Scan>(table.Rows.Count);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var assigner = new TimePointAssigner(TimePointWindows.Default);
        foreach (var raw in table.Rows)
        {
            var r = new RowReader(table, columns, raw, diagnostics, today);
            var id = r.Text("scan_id", required: true);
            if (id is not null && !firstRow.TryAdd(id, raw.Number))
                r.Error("scan_id", DiagnosticCodes.DuplicateId, $"scan {id} is already on row {firstRow[id]}; scan_id must be unique");
            var patientId = r.PatientId(patientIds);
            var date = r.Date("scan_date", required: true);
            var timepointText = r.Raw("timepoint");
            TimePoint? timepoint = null;
            if (timepointText is not null)
            {
                timepoint = TimePointCodes.Parse(timepointText);
                if (timepoint is null)
                    r.Error("timepoint", DiagnosticCodes.BadCode,
                        $"'{timepointText}' is not one of {string.Join(", ", TimePointCodes.All.Select(t => t.Code()))} (or leave it blank to assign it from the dates)");
            }
            var tracer = r.Code("tracer", StudyCodes.Tracer);
            var spect = r.Code("spect", StudyCodes.YesNo);

            if (patientId is not null && date is { } d && patients.TryGetValue(patientId, out var patient))
            {
                if (d < patient.DiagnosisDate)
                    r.Error("scan_date", DiagnosticCodes.OutsideFollowUp, $"scan_date {Iso(d)} is before diagnosis_date {Iso(patient.DiagnosisDate)} of patient {patientId}");
                else if (d > patient.LastContactDate)
                    r.Error("scan_date", DiagnosticCodes.OutsideFollowUp, $"scan_date {Iso(d)} is after last_contact_date {Iso(patient.LastContactDate)} of patient {patientId}");
                else if (timepoint is { } tp && (tp != TimePoint.Progression || diseaseEventDates is not null)
                         && !assigner.FitsWindow(patient, d, tp, diseaseEventDates?[patientId] ?? []))
                    r.Warning("timepoint", DiagnosticCodes.TimepointWindow,
                        $"scan_date {Iso(d)} is outside the {tp.Code()} window of the analysis plan (design/domain.md, \"Time points\"); the given time point is kept");
            }

            if (checkImage is not null && r.Text("image") is { } image && checkImage(image) is { } problem)
                r.Warning("image", DiagnosticCodes.ImageUnreadable, problem);

            if (r.HasErrors || id is null || patientId is null || date is null) continue;
            valid.Add(new Scan
            {
                ScanId = id, PatientId = patientId, ScanDate = date.Value, TimePoint = timepoint, Tracer = tracer,
                Spect = spect, Image = r.Text("image"), Extra = r.Extra(),
            });
        }
        return (valid, firstRow.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static string Iso(DateOnly d) => StudyRowValues.FormatDate(d);
}

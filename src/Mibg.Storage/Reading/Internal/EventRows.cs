using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>The <c>events</c> table.</summary>
internal static class EventRows
{
    public static void RequireColumns(RawTable table, TableColumns columns, DiagnosticBag diagnostics) =>
        columns.RequireColumns(table, ["patient_id", "event_date", "event_type"], diagnostics);

    private static readonly string[] EventTypeCodes = Enum.GetValues<EventType>().Select(t => t.Code()).ToArray();

    public static List<StudyEvent> Read(RawTable table, TableColumns columns, DiagnosticBag diagnostics, DateOnly today,
        HashSet<string>? patientIds, Dictionary<string, Patient> patients)
    {
        var valid = new List<StudyEvent>(table.Rows.Count);
        foreach (var raw in table.Rows)
        {
            var r = new RowReader(table, columns, raw, diagnostics, today);
            var patientId = r.PatientId(patientIds);
            var date = r.Date("event_date", required: true);
            var typeCode = r.Code("event_type", EventTypeCodes, required: true);
            var type = typeCode is null ? null : StudyCodes.ParseEventType(typeCode);
            var sites = Sites(r);

            if (patientId is not null && date is { } d && patients.TryGetValue(patientId, out var patient))
            {
                if (d < patient.DiagnosisDate)
                    r.Error("event_date", DiagnosticCodes.OutsideFollowUp, $"event_date {Iso(d)} is before diagnosis_date {Iso(patient.DiagnosisDate)} of patient {patientId}");
                else if (d > patient.LastContactDate)
                    r.Error("event_date", DiagnosticCodes.OutsideFollowUp, $"event_date {Iso(d)} is after last_contact_date {Iso(patient.LastContactDate)} of patient {patientId}");
                else if (type == EventType.Death && !patient.IsDead)
                    r.Error("event_type", DiagnosticCodes.DeathEventMismatch, $"a death event for patient {patientId}, whose vital_status is {patient.VitalStatus}");
                else if (type == EventType.Death && patient.DeathDate is { } dd && dd != d)
                    r.Error("event_date", DiagnosticCodes.DeathEventMismatch, $"death event on {Iso(d)} but patients.death_date of {patientId} is {Iso(dd)}");
            }

            if (r.HasErrors || patientId is null || date is null || type is null) continue;
            valid.Add(new StudyEvent
            {
                PatientId = patientId, EventDate = date.Value, EventType = type.Value, Sites = sites,
                Comment = r.Text("comment"), Extra = r.Extra(),
            });
        }
        return valid;
    }

    private static string[] Sites(RowReader r)
    {
        if (r.Raw("sites") is not { } text) return [];
        var sites = text.Split(StudyRowValues.SiteSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var site in sites)
            if (!SiopenSegments.All.Any(s => s.Code == site) && !StudyCodes.NonSkeletalSites.Contains(site))
                r.Error("sites", DiagnosticCodes.BadSite,
                    $"'{site}' is not a site; use SIOPEN segment codes (skull, thoracic_cage, …, left_lower_limb_distal), soft_tissue, bone_marrow or primary, separated by ';'");
        return sites;
    }

    private static string Iso(DateOnly d) => StudyRowValues.FormatDate(d);
}

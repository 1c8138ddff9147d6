using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>The optional <c>radiotherapy</c> table (docs/data-dictionary.md, "radiotherapy").</summary>
internal static class RadiotherapyRows
{
    /// <summary>The one non-skeletal site a metastasis course may name.</summary>
    public const string SoftTissue = "soft_tissue";

    public static void RequireColumns(RawTable table, TableColumns columns, DiagnosticBag diagnostics) =>
        columns.RequireColumns(table, ["patient_id", "start_date", "target"], diagnostics);

    public static List<RadiotherapyCourse> Read(RawTable table, TableColumns columns, DiagnosticBag diagnostics, DateOnly today,
        HashSet<string>? patientIds, Dictionary<string, Patient> patients)
    {
        var valid = new List<RadiotherapyCourse>(table.Rows.Count);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in table.Rows)
        {
            var r = new RowReader(table, columns, raw, diagnostics, today);
            var patientId = r.PatientId(patientIds);
            var start = r.Date("start_date", required: true);
            var end = r.Date("end_date");
            var targetCode = r.Code("target", StudyEnumCodes.All<RadiotherapyTarget>(), required: true);
            var target = targetCode is null ? (RadiotherapyTarget?)null : StudyEnumCodes.Parse<RadiotherapyTarget>(targetCode);
            var sites = Sites(r, target);
            var dose = r.Decimal("dose_gy", RadiotherapyCourse.MinDoseGy, RadiotherapyCourse.MaxDoseGy, "Gy");
            var fractions = r.Integer("fractions", 1, RadiotherapyCourse.MaxFractions, DiagnosticCodes.ValueRange);
            if (dose is { } d && fractions is { } f
                && (d / f < RadiotherapyCourse.MinDosePerFractionGy || d / f > RadiotherapyCourse.MaxDosePerFractionGy))
                r.Error("fractions", DiagnosticCodes.ValueRange,
                    $"{Number(d)} Gy in {f} fractions is {Number(d / f)} Gy per fraction, outside the plausible {Number(RadiotherapyCourse.MinDosePerFractionGy)}–{Number(RadiotherapyCourse.MaxDosePerFractionGy)} Gy; check dose_gy (the total, in Gy) and fractions");

            if (start is { } s && end is { } e && e < s)
                r.Error("end_date", DiagnosticCodes.DateOrder, $"end_date {Iso(e)} is before start_date {Iso(s)}");
            if (patientId is not null && patients.TryGetValue(patientId, out var patient))
            {
                if (start is { } s2 && s2 < patient.DiagnosisDate)
                    r.Error("start_date", DiagnosticCodes.OutsideFollowUp, $"start_date {Iso(s2)} is before diagnosis_date {Iso(patient.DiagnosisDate)} of patient {patientId}");
                else if (start is { } s3 && s3 > patient.LastContactDate)
                    r.Error("start_date", DiagnosticCodes.OutsideFollowUp, $"start_date {Iso(s3)} is after last_contact_date {Iso(patient.LastContactDate)} of patient {patientId}");
                if (end is { } e2 && e2 > patient.LastContactDate)
                    r.Error("end_date", DiagnosticCodes.OutsideFollowUp, $"end_date {Iso(e2)} is after last_contact_date {Iso(patient.LastContactDate)} of patient {patientId}");
            }
            if (patientId is not null && start is { } s4 && targetCode is not null)
            {
                var key = string.Join('|', patientId, Iso(s4), targetCode, string.Join(';', sites.Order(StringComparer.Ordinal)));
                if (!firstRow.TryAdd(key, raw.Number))
                    r.Error("start_date", DiagnosticCodes.DuplicateRow,
                        $"the same course (patient {patientId}, {targetCode}, starting {Iso(s4)}, same sites) is already on row {firstRow[key]}");
            }

            if (r.HasErrors || patientId is null || start is null || target is null) continue;
            valid.Add(new RadiotherapyCourse
            {
                PatientId = patientId, StartDate = start.Value, EndDate = end, Target = target.Value, Sites = sites,
                DoseGy = dose, Fractions = fractions, Comment = r.Text("comment"), Extra = r.Extra(),
            });
        }
        return valid;
    }

    private static string[] Sites(RowReader r, RadiotherapyTarget? target)
    {
        var text = r.Raw("sites");
        if (text is null)
        {
            if (target == RadiotherapyTarget.Metastasis)
                r.Error("sites", DiagnosticCodes.SitesRequired,
                    "a metastasis course needs its sites: SIOPEN segment codes (skull, thoracic_cage, …) or soft_tissue, separated by ';'");
            return [];
        }
        if (target == RadiotherapyTarget.Primary)
        {
            r.Error("sites", DiagnosticCodes.SitesRequired,
                "a primary course has no sites (leave sites blank); irradiated metastases are a separate row with target metastasis");
            return [];
        }
        var sites = text.Split(StudyRowValues.SiteSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (!SiopenSegments.All.Any(s => s.Code == site) && site != SoftTissue)
                r.Error("sites", DiagnosticCodes.BadSite,
                    $"'{site}' is not an irradiated site; use SIOPEN segment codes (skull, thoracic_cage, …, left_lower_limb_distal) or soft_tissue, separated by ';'");
            else if (!seen.Add(site))
                r.Error("sites", DiagnosticCodes.BadSite, $"'{site}' is listed twice");
        }
        return sites;
    }

    private static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => StudyRowValues.FormatDate(d);
}

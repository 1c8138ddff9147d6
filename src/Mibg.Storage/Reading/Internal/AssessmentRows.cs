using Mibg.Core.Study;
using Mibg.Core.TimePoints;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>The optional <c>assessments</c> table (docs/data-dictionary.md, "assessments").</summary>
internal static class AssessmentRows
{
    /// <summary>Largest plausible sum of soft-tissue metastasis diameters, mm.</summary>
    public const double MaxSoftTissueSumMm = 1000;

    public static void RequireColumns(RawTable table, TableColumns columns, DiagnosticBag diagnostics) =>
        columns.RequireColumns(table, ["patient_id", "assessment_date"], diagnostics);

    public static List<ResponseAssessment> Read(RawTable table, TableColumns columns, DiagnosticBag diagnostics, DateOnly today,
        HashSet<string>? patientIds, Dictionary<string, Patient> patients)
    {
        var valid = new List<ResponseAssessment>(table.Rows.Count);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in table.Rows)
        {
            var r = new RowReader(table, columns, raw, diagnostics, today);
            var patientId = r.PatientId(patientIds);
            var date = r.Date("assessment_date", required: true);
            TimePoint? timepoint = null;
            if (r.Raw("timepoint") is { } tpText)
            {
                timepoint = TimePointCodes.Parse(tpText);
                if (timepoint is null)
                    r.Error("timepoint", DiagnosticCodes.BadCode,
                        $"'{tpText}' is not one of {string.Join(", ", TimePointCodes.All.Select(t => t.Code()))} (or leave it blank to assign it from the dates)");
            }
            var primary = r.Decimal("primary_longest_diameter_mm", 0, ResponseAssessment.MaxDiameterMm, "mm");
            var avid = r.YesNo("primary_mibg_avid");
            var marrow = r.Decimal("marrow_tumour_percent", 0, 100, "%");
            var softTissue = r.Decimal("soft_tissue_metastases_sum_mm", 0, MaxSoftTissueSumMm, "mm");

            if (patientId is not null && date is { } d)
            {
                if (patients.TryGetValue(patientId, out var patient))
                {
                    if (d < patient.DiagnosisDate)
                        r.Error("assessment_date", DiagnosticCodes.OutsideFollowUp, $"assessment_date {Iso(d)} is before diagnosis_date {Iso(patient.DiagnosisDate)} of patient {patientId}");
                    else if (d > patient.LastContactDate)
                        r.Error("assessment_date", DiagnosticCodes.OutsideFollowUp, $"assessment_date {Iso(d)} is after last_contact_date {Iso(patient.LastContactDate)} of patient {patientId}");
                }
                var key = patientId + "|" + Iso(d);
                if (!firstRow.TryAdd(key, raw.Number))
                    r.Error("assessment_date", DiagnosticCodes.DuplicateRow,
                        $"patient {patientId} already has an assessment on {Iso(d)} (row {firstRow[key]}); one row per patient per evaluation");
            }

            if (r.HasErrors || patientId is null || date is null) continue;
            valid.Add(new ResponseAssessment
            {
                PatientId = patientId, AssessmentDate = date.Value, TimePoint = timepoint, PrimaryLongestDiameterMm = primary,
                PrimaryMibgAvid = avid, MarrowTumourPercent = marrow, SoftTissueMetastasesSumMm = softTissue,
                Comment = r.Text("comment"), Extra = r.Extra(),
            });
        }
        return valid;
    }

    private static string Iso(DateOnly d) => StudyRowValues.FormatDate(d);
}

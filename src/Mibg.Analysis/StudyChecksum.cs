using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mibg.Core.Study;

namespace Mibg.Analysis;

/// <summary>
/// SHA-256 of a study's canonical text, so a report names exactly the data it was computed from. The canonical
/// text (<see cref="Method"/>) lists the six tables (the two optional ones empty when absent) in data-dictionary column
/// order, rows sorted by their keys,
/// tab-separated, invariant formatting, ISO dates, LF line ends; extra (unknown) columns are not included.
/// The same data give the same checksum whatever file or store they came from.
/// </summary>
public static class StudyChecksum
{
    /// <summary>Name of the canonical form.</summary>
    public const string Method = "sha256 of mibg canonical study text v2 (6 tables, data-dictionary column order, rows sorted by key)";

    /// <summary>Lower-case hex SHA-256 of <paramref name="study"/>'s canonical text.</summary>
    public static string Compute(StudyData study) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(study))));

    /// <summary>The canonical text.</summary>
    public static string CanonicalText(StudyData study)
    {
        var sb = new StringBuilder();
        sb.Append("patients\n");
        foreach (var p in study.Patients.OrderBy(p => p.PatientId, StringComparer.Ordinal))
            Line(sb, p.PatientId, p.Center, p.Sex, I(p.AgeAtDiagnosisDays), D(p.DiagnosisDate), p.InrgStage, p.InssStage, p.Mycn,
                p.BoneMarrowAtDiagnosis, p.InductionRegimen, D(p.InductionEndDate), D(p.HdcDate), p.HdcRegimen, D(p.RadiotherapyDate),
                D(p.MaintenanceStartDate), D(p.EndOfTreatmentDate), p.AntiGd2, D(p.LastContactDate), p.VitalStatus, D(p.DeathDate),
                C(p.Chr11q), C(p.Chr1p), C(p.Alk), C(p.Histology), C(p.PrimarySite), N(p.LdhUPerL));
        sb.Append("scans\n");
        foreach (var s in study.Scans.OrderBy(s => s.ScanId, StringComparer.Ordinal))
            Line(sb, s.ScanId, s.PatientId, D(s.ScanDate), s.TimePoint is { } tp ? Core.TimePoints.TimePointCodes.Code(tp) : null, s.Tracer, s.Spect, s.Image);
        sb.Append("reads\n");
        foreach (var r in study.Reads.OrderBy(r => r.ScanId, StringComparer.Ordinal).ThenBy(r => r.Reader, StringComparer.Ordinal))
            Line(sb, [r.ScanId, r.Reader, D(r.ReadDate), .. r.Siopen.Values.Select(I), r.SoftTissue is { } st ? I(st) : null,
                .. (r.Curie?.Values.Select(I) ?? []), r.Comment]);
        sb.Append("events\n");
        foreach (var e in study.Events.OrderBy(e => e.PatientId, StringComparer.Ordinal).ThenBy(e => e.EventDate).ThenBy(e => e.EventType))
            Line(sb, e.PatientId, D(e.EventDate), e.EventType.Code(), string.Join(';', e.Sites), e.Comment);
        sb.Append("radiotherapy\n");
        foreach (var c in study.Radiotherapy.OrderBy(c => c.PatientId, StringComparer.Ordinal).ThenBy(c => c.StartDate).ThenBy(c => c.Target)
                     .ThenBy(c => string.Join(';', c.Sites), StringComparer.Ordinal))
            Line(sb, c.PatientId, D(c.StartDate), D(c.EndDate), StudyEnumCodes.Code(c.Target), string.Join(';', c.Sites), N(c.DoseGy),
                c.Fractions is { } f ? I(f) : null, c.Comment);
        sb.Append("assessments\n");
        foreach (var a in study.Assessments.OrderBy(a => a.PatientId, StringComparer.Ordinal).ThenBy(a => a.AssessmentDate))
            Line(sb, a.PatientId, D(a.AssessmentDate), a.TimePoint is { } atp ? Core.TimePoints.TimePointCodes.Code(atp) : null,
                N(a.PrimaryLongestDiameterMm), a.PrimaryMibgAvid is { } avid ? (avid ? "yes" : "no") : null, N(a.MarrowTumourPercent),
                N(a.SoftTissueMetastasesSumMm), a.Comment);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, params string?[] fields)
    {
        sb.Append(string.Join('\t', fields.Select(f => (f ?? "").Replace('\t', ' ').Replace('\n', ' '))));
        sb.Append('\n');
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string? N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
    private static string? C<T>(T? v) where T : struct, Enum => v is { } x ? StudyEnumCodes.Code(x) : null;
    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Mibg.Core.Study;

namespace Mibg.Core.TimePoints;

/// <summary>
/// Assigns each scan of a patient to a time point. A time point written in the study wins. Otherwise the
/// windows of <see cref="TimePointWindows"/> apply in this order of precedence: progression (± days of a
/// progression/relapse event), diagnosis, post_induction, post_hdc (only the first scan in its window),
/// end_of_treatment; a scan that fits no window is <c>follow_up</c>.
/// </summary>
public sealed class TimePointAssigner(TimePointWindows windows)
{
    /// <summary>The windows used.</summary>
    public TimePointWindows Windows { get; } = windows;

    /// <summary>Time point of every scan of <paramref name="patient"/>, keyed by scan id.</summary>
    public IReadOnlyDictionary<string, TimePoint> Assign(Patient patient, IEnumerable<Scan> scans, IEnumerable<StudyEvent> events)
    {
        var diseaseDates = events.Where(e => e.PatientId == patient.PatientId && e.IsDiseaseEvent)
            .Select(e => e.EventDate).ToArray();
        var result = new Dictionary<string, TimePoint>();
        var postHdcTaken = false;
        foreach (var scan in scans.Where(s => s.PatientId == patient.PatientId)
                     .OrderBy(s => s.ScanDate).ThenBy(s => s.ScanId, StringComparer.Ordinal))
        {
            var tp = scan.TimePoint ?? FromWindows(patient, scan.ScanDate, diseaseDates, ref postHdcTaken);
            if (scan.TimePoint == TimePoint.PostHdc) postHdcTaken = true;
            result[scan.ScanId] = tp;
        }
        return result;
    }

    /// <summary>Whether a scan date lies inside the window of <paramref name="tp"/> (used to warn about explicit values).</summary>
    public bool FitsWindow(Patient patient, DateOnly date, TimePoint tp, IEnumerable<DateOnly> diseaseEventDates) => tp switch
    {
        TimePoint.Progression => diseaseEventDates.Any(d => Within(date, d, Windows.ProgressionDays)),
        TimePoint.Diagnosis => IsDiagnosis(patient, date),
        TimePoint.PostInduction => IsPostInduction(patient, date),
        TimePoint.PostHdc => IsPostHdc(patient, date),
        TimePoint.EndOfTreatment => IsEndOfTreatment(patient, date),
        _ => true,
    };

    private TimePoint FromWindows(Patient p, DateOnly date, DateOnly[] diseaseDates, ref bool postHdcTaken)
    {
        if (diseaseDates.Any(d => Within(date, d, Windows.ProgressionDays))) return TimePoint.Progression;
        if (IsDiagnosis(p, date)) return TimePoint.Diagnosis;
        if (IsPostInduction(p, date)) return TimePoint.PostInduction;
        if (!postHdcTaken && IsPostHdc(p, date))
        {
            postHdcTaken = true;
            return TimePoint.PostHdc;
        }
        if (IsEndOfTreatment(p, date)) return TimePoint.EndOfTreatment;
        return TimePoint.FollowUp;
    }

    private bool IsDiagnosis(Patient p, DateOnly date) =>
        Within(date, p.DiagnosisDate, Windows.DiagnosisDays) && (p.InductionEndDate is null || date < p.InductionEndDate);

    private bool IsPostInduction(Patient p, DateOnly date) =>
        p.InductionEndDate is { } end && date >= end.AddDays(-Windows.PostInductionBeforeEndDays)
        && (p.HdcDate is null || date < p.HdcDate);

    private bool IsPostHdc(Patient p, DateOnly date) =>
        p.HdcDate is { } hdc && date >= hdc.AddDays(Windows.PostHdcAfterHdcDays)
        && date <= (p.MaintenanceStartDate is { } m
            ? m.AddDays(Windows.PostHdcAfterMaintenanceStartDays)
            : hdc.AddDays(Windows.PostHdcMaxDaysWithoutMaintenance));

    private bool IsEndOfTreatment(Patient p, DateOnly date) =>
        p.EndOfTreatmentDate is { } eot && Within(date, eot, Windows.EndOfTreatmentDays);

    private static bool Within(DateOnly date, DateOnly centre, int days) =>
        Math.Abs(date.DayNumber - centre.DayNumber) <= days;
}

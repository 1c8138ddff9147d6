using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Cohort;

/// <summary>
/// One patient's course as the analysis sees it: the patient row, every scan (date order) with its time
/// point and resolved read, and the events (date order). Picks "the" scan of a time point with one rule each:
/// diagnosis — closest to diagnosis_date; post_induction — the last; post_hdc — the first; end_of_treatment —
/// closest to end_of_treatment_date; progression — closest to the event (within the progression window).
/// Ties go to the earlier scan, then the smaller scan id.
/// </summary>
public sealed record PatientCourse(Patient Patient, IReadOnlyList<TimedScan> Scans, IReadOnlyList<StudyEvent> Events)
{
    /// <summary>Patient id.</summary>
    public string PatientId => Patient.PatientId;

    /// <summary>Builds the courses of every patient of a study under a plan's windows and read resolution.</summary>
    public static IReadOnlyList<PatientCourse> BuildAll(StudyData study, AnalysisPlan plan)
    {
        var assigner = new TimePointAssigner(plan.TimePointWindows);
        var resolution = plan.ReadResolution;
        var readsByScan = study.Reads.GroupBy(r => r.ScanId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Read>)g.ToArray(), StringComparer.Ordinal);
        var scansByPatient = study.Scans.ToLookup(s => s.PatientId, StringComparer.Ordinal);
        var eventsByPatient = study.Events.ToLookup(e => e.PatientId, StringComparer.Ordinal);
        var courses = new List<PatientCourse>(study.Patients.Count);
        foreach (var p in study.Patients)
        {
            var scans = scansByPatient[p.PatientId].ToArray();
            var events = eventsByPatient[p.PatientId].OrderBy(e => e.EventDate).ThenBy(e => e.EventType).ToArray();
            var tps = assigner.Assign(p, scans, events);
            var timed = scans.OrderBy(s => s.ScanDate).ThenBy(s => s.ScanId, StringComparer.Ordinal)
                .Select(s => new TimedScan(s, tps[s.ScanId], s.TimePoint is not null,
                    readsByScan.TryGetValue(s.ScanId, out var reads) ? resolution.Resolve(reads) : null))
                .ToArray();
            courses.Add(new PatientCourse(p, timed, events));
        }
        return courses;
    }

    /// <summary>All scans of a time point, date order.</summary>
    public IEnumerable<TimedScan> At(TimePoint tp) => Scans.Where(s => s.TimePoint == tp);

    /// <summary>The diagnosis scan (closest to diagnosis_date), or null.</summary>
    public TimedScan? DiagnosisScan => Closest(At(TimePoint.Diagnosis), Patient.DiagnosisDate);

    /// <summary>The post-induction scan (the last), or null.</summary>
    public TimedScan? PostInductionScan => At(TimePoint.PostInduction).LastOrDefault();

    /// <summary>The post-HDC scan (the first), or null.</summary>
    public TimedScan? PostHdcScan => At(TimePoint.PostHdc).FirstOrDefault();

    /// <summary>The end-of-treatment scan (closest to end_of_treatment_date), or null.</summary>
    public TimedScan? EndOfTreatmentScan =>
        Patient.EndOfTreatmentDate is { } eot ? Closest(At(TimePoint.EndOfTreatment), eot) : At(TimePoint.EndOfTreatment).FirstOrDefault();

    /// <summary>The progression scan of a disease event: a <c>progression</c> scan within the window, closest to the event.</summary>
    public TimedScan? ProgressionScanFor(StudyEvent diseaseEvent, int windowDays) =>
        Closest(At(TimePoint.Progression).Where(s => Math.Abs(s.Date.DayNumber - diseaseEvent.EventDate.DayNumber) <= windowDays),
            diseaseEvent.EventDate);

    /// <summary>Disease events (progression, relapse), date order.</summary>
    public IEnumerable<StudyEvent> DiseaseEvents => Events.Where(e => e.IsDiseaseEvent);

    /// <summary>The first EFS event (any event type), or null.</summary>
    public StudyEvent? FirstEfsEvent => Events.FirstOrDefault();

    /// <summary>The date of death: death_date, else a death event's date; null when alive.</summary>
    public DateOnly? DeathDate =>
        Patient.DeathDate ?? Events.FirstOrDefault(e => e.EventType == EventType.Death)?.EventDate
        ?? (Patient.IsDead ? Patient.LastContactDate : null);

    private static TimedScan? Closest(IEnumerable<TimedScan> scans, DateOnly target) =>
        scans.OrderBy(s => Math.Abs(s.Date.DayNumber - target.DayNumber)).ThenBy(s => s.Date)
            .ThenBy(s => s.ScanId, StringComparer.Ordinal).FirstOrDefault();
}

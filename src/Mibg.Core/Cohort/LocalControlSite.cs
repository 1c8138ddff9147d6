using System.Text.Json.Serialization;
using Mibg.Core.Study;

namespace Mibg.Core.Cohort;

/// <summary>How the follow-up of one persistent site ends (docs/analysis.md "Local control of persistent sites").</summary>
public enum SiteOutcome
{
    /// <summary><c>local_failure</c>: the first disease event after the post-HDC scan involves the site.</summary>
    [JsonStringEnumMemberName("local_failure")] LocalFailure,
    /// <summary><c>competing</c>: the first event is a relapse elsewhere only (distant from this site), a second malignancy, or death without relapse.</summary>
    [JsonStringEnumMemberName("competing")] Competing,
    /// <summary><c>censored</c>: alive without event at last contact, or a relapse whose sites are unknown.</summary>
    [JsonStringEnumMemberName("censored")] Censored,
}

/// <summary>
/// One skeletal site positive on the post-HDC scan of a persistent patient, followed for local failure.
/// </summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Segment">SIOPEN segment code.</param>
/// <param name="Irradiated">A metastasis course covered it within the plan's window after the post-HDC scan, before any disease event.</param>
/// <param name="Failed">Positive at the first disease event after the post-HDC scan (an in-field failure when irradiated).</param>
/// <param name="Outcome">How the follow-up ends.</param>
/// <param name="EndDate">Date of the failure, competing event or censoring.</param>
/// <param name="TimeYears">Years from the post-HDC scan to <paramref name="EndDate"/>.</param>
/// <param name="Course">Start date of the covering course, when irradiated.</param>
public sealed record LocalControlSite(
    string PatientId, string Segment, bool Irradiated, bool Failed, SiteOutcome Outcome, DateOnly EndDate, double TimeYears,
    DateOnly? Course);

/// <summary>
/// The local-control rule: which persistent sites were irradiated and which failed (docs/analysis.md
/// "Local control of persistent sites"). Pure; one patient at a time.
/// </summary>
public static class LocalControlSites
{
    /// <summary>
    /// The sites of one patient: every segment scored above 0 on the post-HDC scan. Irradiated when a metastasis
    /// course covering it starts on or after the post-HDC scan date, at most <paramref name="windowDays"/> later and
    /// before the first disease event. The follow-up ends at the first EFS event after the post-HDC scan:
    /// a disease event whose progression scan (within <paramref name="progressionWindowDays"/>) is positive at the
    /// segment, or whose recorded sites name it, is a local failure; a disease event with known sites not including
    /// it, a second malignancy or death is a competing event; a disease event with neither a progression scan nor
    /// recorded sites is censored at its date (the site's fate is unknown). Without events: censored at last contact.
    /// Empty when the patient has no post-HDC scan with a usable read, or nothing positive on it.
    /// </summary>
    public static IReadOnlyList<LocalControlSite> Assess(PatientCourse course, IReadOnlyList<RadiotherapyCourse> radiotherapy,
        int windowDays, int progressionWindowDays, double daysPerYear)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(radiotherapy);
        if (course.PostHdcScan is not { Read: { } read } postHdc) return [];
        var start = postHdc.Date;
        var first = course.Events.FirstOrDefault(e => e.EventDate > start);
        var firstDisease = first is { IsDiseaseEvent: true } ? first : null;
        var progressionScan = firstDisease is null ? null : course.ProgressionScanFor(firstDisease, progressionWindowDays);
        var eventSegments = firstDisease?.Sites.Where(s => !StudyCodes.NonSkeletalSites.Contains(s)).ToHashSet(StringComparer.Ordinal) ?? [];
        var sitesKnown = progressionScan?.Read is not null || (firstDisease?.Sites.Count ?? 0) > 0;
        var end = first?.EventDate ?? course.Patient.LastContactDate;
        var years = (end.DayNumber - start.DayNumber) / daysPerYear;
        var sites = new List<LocalControlSite>();
        foreach (var segment in read.PositiveSegments)
        {
            var covering = IrradiatedSite.CoveringCourse(course.PatientId, segment, radiotherapy, start, windowDays, firstDisease?.EventDate);
            var failed = firstDisease is not null
                && (eventSegments.Contains(segment)
                    || (progressionScan?.Read is { } pr && pr.PositiveSegments.Contains(segment)));
            var outcome = first is null ? SiteOutcome.Censored
                : failed ? SiteOutcome.LocalFailure
                : firstDisease is not null && !sitesKnown ? SiteOutcome.Censored
                : SiteOutcome.Competing;
            sites.Add(new LocalControlSite(course.PatientId, segment, covering is not null, failed, outcome, end, years, covering?.StartDate));
        }
        return sites;
    }
}

using Mibg.Core.Study;

namespace Mibg.Core.Cohort;

/// <summary>
/// Which skeletal sites count as irradiated after the post-HDC scan (docs/analysis.md "Local control of persistent
/// sites"; plan option <c>radiotherapy.irradiation_window_days</c>). One rule for local control, the relapse patterns
/// and the counterfactual: a relapse at such a site is an <b>in-field failure</b>, and a site already irradiated
/// cannot be "prevented by irradiation".
/// </summary>
public static class IrradiatedSite
{
    /// <summary>
    /// The first metastasis course covering <paramref name="segment"/> of <paramref name="patientId"/> that starts on or
    /// after the post-HDC scan, at most <paramref name="windowDays"/> days later, and before the first disease event
    /// after the scan (a course given for a relapse treats the failure, it does not prevent it); null when none.
    /// </summary>
    /// <param name="patientId">The patient.</param>
    /// <param name="segment">SIOPEN segment code.</param>
    /// <param name="courses">The study's courses (any patient; others are ignored).</param>
    /// <param name="postHdcScan">Date of the patient's post-HDC scan.</param>
    /// <param name="windowDays">Irradiation window, days (≥ 0).</param>
    /// <param name="firstDiseaseEvent">Date of the first relapse or progression after the post-HDC scan, if any.</param>
    public static RadiotherapyCourse? CoveringCourse(string patientId, string segment, IReadOnlyList<RadiotherapyCourse> courses,
        DateOnly postHdcScan, int windowDays, DateOnly? firstDiseaseEvent)
    {
        ArgumentNullException.ThrowIfNull(courses);
        return courses
            .Where(c => c.PatientId == patientId && c.Covers(segment) && c.StartDate >= postHdcScan
                && c.StartDate.DayNumber - postHdcScan.DayNumber <= windowDays
                && (firstDiseaseEvent is not { } e || c.StartDate < e))
            .OrderBy(c => c.StartDate)
            .FirstOrDefault();
    }

    /// <summary>
    /// The segments of <paramref name="positiveAtRelapse"/> that were irradiated after the post-HDC scan by the rule of
    /// <see cref="CoveringCourse"/>: the in-field failures of a relapse dated <paramref name="eventDate"/>, in the given order.
    /// </summary>
    public static IReadOnlyList<string> InField(string patientId, IEnumerable<string> positiveAtRelapse, IReadOnlyList<RadiotherapyCourse> courses,
        DateOnly postHdcScan, int windowDays, DateOnly eventDate)
    {
        ArgumentNullException.ThrowIfNull(positiveAtRelapse);
        return positiveAtRelapse.Where(s => CoveringCourse(patientId, s, courses, postHdcScan, windowDays, eventDate) is not null).ToArray();
    }
}

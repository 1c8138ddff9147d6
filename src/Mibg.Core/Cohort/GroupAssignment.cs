using System.Globalization;
using Mibg.Core.Plan;
using Mibg.Core.Study;

namespace Mibg.Core.Cohort;

/// <summary>The group of one eligible patient (design/analysis.md step 3).</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Persistent">Post-HDC total above the plan's threshold.</param>
/// <param name="Group">Leaf group code (<see cref="GroupCodes"/>).</param>
/// <param name="FirstDiseaseEvent">First progression/relapse after the post-HDC scan, or null.</param>
/// <param name="Reason">For <c>not_evaluable</c>: why; else null.</param>
public sealed record GroupAssignment(string PatientId, bool Persistent, string Group, StudyEvent? FirstDiseaseEvent, string? Reason);

/// <summary>
/// Assigns an eligible patient to a group of design/analysis.md step 3, by disease events (progression or
/// relapse) relative to the post-HDC scan and end_of_treatment_date:
/// <list type="bullet">
/// <item><c>cleared_after_hdc</c>: post-HDC total ≤ threshold (default 0).</item>
/// <item><c>progression_during_maintenance</c>: first disease event after the post-HDC scan and on or before
/// end_of_treatment_date, or with no end_of_treatment_date (treatment stopped at the progression).</item>
/// <item><c>death_without_progression</c>: death before any disease event, before the end-of-treatment assessment
/// or while still positive at end of treatment (death is an EFS event but says nothing about the persisting sites).</item>
/// <item><c>cr_at_end_of_treatment</c>: no disease event by end_of_treatment_date, end-of-treatment scan total ≤ threshold.</item>
/// <item><c>progression_after_treatment</c>: end-of-treatment total above the threshold and a disease event
/// afterwards; also a relapse found by the end-of-treatment work-up itself (event after end_of_treatment_date,
/// within the end-of-treatment window, whose scan therefore counts as the progression scan).</item>
/// <item><c>persistent_response</c>: end-of-treatment total above the threshold, no disease event or death, and at
/// least <c>persistence.min_event_free_years_after_end_of_treatment</c> of follow-up after end of treatment.</item>
/// <item><c>not_evaluable</c>: a disease event before HDC, no end_of_treatment_date without an event, no usable
/// end-of-treatment scan, or too short a follow-up for <c>persistent_response</c>; the reason is given.</item>
/// </list>
/// The same threshold (plan <c>persistence.post_hdc_total_above</c>) separates positive from negative at end
/// of treatment. A second malignancy is not a disease event and does not move a patient between groups.
/// </summary>
public static class GroupRules
{
    /// <summary>Assigns <paramref name="course"/>, which must be eligible (a post-HDC scan with a read).</summary>
    public static GroupAssignment Assign(PatientCourse course, AnalysisPlan plan)
    {
        var post = course.PostHdcScan ?? throw new ArgumentException($"patient {course.PatientId} has no post-HDC scan", nameof(course));
        var postRead = post.Read ?? throw new ArgumentException($"patient {course.PatientId}: post-HDC scan {post.ScanId} has no read", nameof(course));
        var threshold = plan.Persistence.PostHdcTotalAbove;
        var first = course.DiseaseEvents.FirstOrDefault(e => e.EventDate > post.Date);
        GroupAssignment Make(string group, string? reason = null) =>
            new(course.PatientId, group != GroupCodes.ClearedAfterHdc, group, first, reason);

        if (postRead.Total <= threshold) return Make(GroupCodes.ClearedAfterHdc);

        var early = course.DiseaseEvents.FirstOrDefault(e => e.EventDate <= post.Date);
        if (early is not null)
            return Make(GroupCodes.NotEvaluable, $"{early.EventType.Code()} on {D(early.EventDate)}, on or before the post-HDC scan ({D(post.Date)})");
        var eot = course.Patient.EndOfTreatmentDate;
        var death = course.DeathDate;
        var eotScan = course.EndOfTreatmentScan;

        if (first is not null)
        {
            if (eot is null || first.EventDate <= eot) return Make(GroupCodes.ProgressionDuringMaintenance);
            if (eotScan?.Read is { } eotRead)
                return Make(eotRead.Total <= threshold ? GroupCodes.CrAtEndOfTreatment : GroupCodes.ProgressionAfterTreatment);
            if (first.EventDate.DayNumber - eot.Value.DayNumber <= plan.TimePointWindows.EndOfTreatmentDays)
                return Make(GroupCodes.ProgressionAfterTreatment);
            return Make(GroupCodes.NotEvaluable, eotScan is null ? "no end-of-treatment scan"
                : $"end-of-treatment scan {eotScan.ScanId} has no usable read (pending)");
        }

        if (death is { } dd && (eot is null || dd <= eot)) return Make(GroupCodes.DeathWithoutProgression);
        if (eot is null) return Make(GroupCodes.NotEvaluable, "no end_of_treatment_date");
        if (eotScan is null) return Make(GroupCodes.NotEvaluable, "no end-of-treatment scan");
        if (eotScan.Read is null) return Make(GroupCodes.NotEvaluable, $"end-of-treatment scan {eotScan.ScanId} has no usable read (pending)");
        if (eotScan.Read.Total <= threshold) return Make(GroupCodes.CrAtEndOfTreatment);
        if (death is not null) return Make(GroupCodes.DeathWithoutProgression);
        var followed = (course.Patient.LastContactDate.DayNumber - eot.Value.DayNumber) / plan.Endpoints.DaysPerYear;
        var min = plan.Persistence.MinEventFreeYearsAfterEndOfTreatment;
        if (followed < min)
            return Make(GroupCodes.NotEvaluable, string.Create(CultureInfo.InvariantCulture,
                $"event-free follow-up after end of treatment {followed:0.0} years, under the {min:0.#} years a persistent response needs"));
        return Make(GroupCodes.PersistentResponse);
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

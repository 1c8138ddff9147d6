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
/// <item><c>progression_during_maintenance</c>: first disease event after the post-HDC scan date and on or before end_of_treatment_date.</item>
/// <item><c>cr_at_end_of_treatment</c>: no disease event by end_of_treatment_date, end-of-treatment scan total ≤ threshold.</item>
/// <item><c>persistent_response</c> / <c>progression_after_treatment</c>: end-of-treatment total above the
/// threshold, without / with a disease event after end_of_treatment_date.</item>
/// <item><c>not_evaluable</c>: a disease event on or before the post-HDC scan date, no end_of_treatment_date, or no
/// end-of-treatment scan with a usable read (when there is no event by end of treatment).</item>
/// </list>
/// The same threshold (plan <c>persistence.post_hdc_total_above</c>) separates positive from negative at end
/// of treatment. Death, second malignancy: not disease events; they do not move a patient between groups.
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
        if (course.Patient.EndOfTreatmentDate is not { } eot)
            return Make(GroupCodes.NotEvaluable, "no end_of_treatment_date");
        if (first is not null && first.EventDate <= eot) return Make(GroupCodes.ProgressionDuringMaintenance);

        var eotScan = course.EndOfTreatmentScan;
        if (eotScan is null) return Make(GroupCodes.NotEvaluable, "no end-of-treatment scan");
        if (eotScan.Read is null) return Make(GroupCodes.NotEvaluable, $"end-of-treatment scan {eotScan.ScanId} has no usable read (pending)");
        if (eotScan.Read.Total <= threshold) return Make(GroupCodes.CrAtEndOfTreatment);
        return Make(first is null ? GroupCodes.PersistentResponse : GroupCodes.ProgressionAfterTreatment);
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Descriptive;

namespace Mibg.Analysis.Steps;

/// <summary>Step 5: observed follow-up per group among patients without an EFS event (origin → last contact).</summary>
internal static class FollowUpStep
{
    public static IReadOnlyList<FollowUpSummary> Build(AnalysisContext ctx) =>
        GroupCodes.All.Where(g => ctx.Members(g).Count > 0).Select(g => Summarise(ctx, g, ctx.Members(g))).ToArray();

    public static FollowUpSummary Summarise(AnalysisContext ctx, string group, IReadOnlyList<PatientCourse> members)
    {
        var eventFree = members.Where(c => !Endpoints.HasEfsEvent(c)).ToArray();
        var years = eventFree.Select(c => ctx.Years(Endpoints.Origin(ctx.Plan.Followup.Origin, c), c.Patient.LastContactDate)).ToArray();
        var s = years.Length > 0 ? Summary.MedianRange(years) : null;
        return new FollowUpSummary
        {
            Group = group,
            N = years.Length,
            MedianYears = s?.Median,
            MinYears = s?.Min,
            MaxYears = s?.Max,
            Patients = eventFree.Select(c => c.PatientId).ToArray(),
        };
    }
}

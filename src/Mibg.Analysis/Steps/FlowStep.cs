using Mibg.Analysis.Results;
using Mibg.Core.Cohort;

namespace Mibg.Analysis.Steps;

/// <summary>Step 1: the cohort flow, each excluded patient with the first criterion failed.</summary>
internal static class CohortFlow
{
    public static (IReadOnlyList<FlowStep> Flow, IReadOnlyList<Exclusion> Excluded) Build(AnalysisContext ctx)
    {
        var flow = new List<FlowStep> { new(Eligibility.AllPatientsStep, ctx.Courses.Count, "all patients in the study", 0) };
        var remaining = ctx.Courses.Count;
        foreach (var step in Eligibility.Steps(ctx.Plan.Eligibility))
        {
            var excludedHere = ctx.Ineligible.Count(x => x.Reason.Step == step.Step);
            remaining -= excludedHere;
            flow.Add(new FlowStep(step.Step, remaining, step.Criterion, excludedHere));
        }
        flow.Add(new FlowStep(Eligibility.EligibleStep, ctx.Eligible.Count, "eligible cohort", 0));
        var excluded = ctx.Ineligible
            .OrderBy(x => flow.FindIndex(f => f.Step == x.Reason.Step)).ThenBy(x => x.Course.PatientId, StringComparer.Ordinal)
            .Select(x => new Exclusion(x.Course.PatientId, x.Reason.Reason, x.Reason.Step)).ToArray();
        return (flow, excluded);
    }
}

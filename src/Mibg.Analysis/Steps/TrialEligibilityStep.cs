using Mibg.Analysis.Results;
using Mibg.Core.Cohort;

namespace Mibg.Analysis.Steps;

/// <summary>Counts the trial's population in the study (docs/analysis.md "Trial eligibility").</summary>
internal static class TrialEligibilityStep
{
    public static TrialEligibility Build(AnalysisContext ctx, OligoResult oligo, IReadOnlyList<LocalControlSite> sites)
    {
        var irradiated = sites.Where(s => s.Irradiated).Select(s => s.PatientId).ToHashSet(StringComparer.Ordinal);
        var oligoIds = oligo.Patients.Order(StringComparer.Ordinal).ToArray();
        return new TrialEligibility(
            oligoIds,
            oligoIds.Where(irradiated.Contains).ToArray(),
            oligoIds.Where(id => !irradiated.Contains(id)).ToArray(),
            ctx.Eligible.Count);
    }
}

using Mibg.Analysis.Results;
using Mibg.Analysis.Trial;
using Mibg.Core.Cohort;
using Mibg.Statistics.Trial;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 10: the randomised trial of irradiating persistent oligo-skeletal sites, sized with the plan's assumptions
/// and the cohort's own numbers: the share of eligible patients with persistent oligo-skeletal uptake after HDC
/// (step 8), and — unless the plan states it — the control-arm EFS median from the persistent patients' landmark
/// Kaplan–Meier curve. Null when the cohort gives no oligo patient or no control median.
/// </summary>
internal static class TrialStep
{
    public static (TrialSummary? Trial, string? Note) Build(AnalysisContext ctx, OligoResult oligo, IReadOnlyList<SurvivalComparison> survival)
    {
        var t = ctx.Plan.Trial;
        if (ctx.Eligible.Count == 0 || oligo.N == 0) return (null, "no eligible patient with persistent oligo-skeletal uptake: the trial cannot be sized from this cohort");
        var share = (double)oligo.N / ctx.Eligible.Count;
        var median = t.ControlMedianYears;
        var source = "plan (trial.control_median_years)";
        if (median is null)
        {
            median = survival.FirstOrDefault(s => s is { Endpoint: "efs", Comparison: SurvivalStep.PersistentVsCleared })?
                .Km.Strata.FirstOrDefault(s => s.Name == GroupCodes.Persistent)?.Median;
            source = "cohort: Kaplan–Meier EFS median of the persistent patients from the post-HDC scan";
        }
        if (median is not > 0) return (null, "the persistent patients' EFS median is not reached; state trial.control_median_years in the plan");
        var inputs = new TrialProtocolInputs
        {
            HazardRatio = t.HazardRatio, Power = t.Power, Alpha = t.Alpha,
            Method = t.Method == "freedman" ? SampleSizeMethod.Freedman : SampleSizeMethod.Schoenfeld,
            Allocation = t.Allocation, ControlMedianYears = median, AccrualYears = t.AccrualYears, FollowupYears = t.FollowupYears,
            Dropout = t.Dropout, OligoSkeletalIncidence = share, OligoSkeletalPatients = oligo.N, EvaluablePatients = ctx.Eligible.Count,
            StageMPatientsPerCenterYear = t.StageMPerCenterYear, ConsentRate = t.ConsentRate,
            SimulatedTrials = Math.Max(1, t.SimulationTrials), Seed = (ulong)t.SimulationSeed,
        };
        var section = TrialProtocolParagraph.Build(inputs);
        var eligiblePerCentre = t.StageMPerCenterYear * share;
        var feasibility = t.Centers.Select(c => TrialFeasibility.Accrual(section.Size.SubjectsRequired, eligiblePerCentre, c, t.ConsentRate))
            .Select(a => new TrialFeasibilityRow(a.Centers, a.PatientsPerYear, a.AccrualYears)).ToArray();
        return (new TrialSummary
        {
            Method = t.Method,
            HazardRatio = t.HazardRatio,
            Power = t.Power,
            Alpha = t.Alpha,
            AccrualYears = t.AccrualYears,
            FollowupYears = t.FollowupYears,
            ControlMedianYears = median.Value,
            ControlMedianSource = source,
            Events = section.Size.Events,
            Subjects = section.Size.Subjects,
            EventsRequired = section.Size.EventsRequired,
            SubjectsRequired = section.Size.SubjectsRequired,
            OligoShare = share,
            StageMPerCenterYear = t.StageMPerCenterYear,
            ConsentRate = t.ConsentRate,
            EligiblePerCenterYear = eligiblePerCentre * t.ConsentRate,
            Feasibility = feasibility,
            SimulatedPower = t.SimulationTrials > 0 ? section.Simulation.Power : null,
            SimulatedPowerSe = t.SimulationTrials > 0 ? section.Simulation.PowerSe : null,
            SimulationTrials = t.SimulationTrials > 0 ? section.Simulation.Trials : null,
            Protocol = section.Paragraph,
        }, null);
    }
}

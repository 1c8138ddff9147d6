using Mibg.Core.Plan;
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
    /// <summary>Implied hazard ratios at or above this are "no effect": no trial can be sized for them.</summary>
    public const double NoEffectHazardRatio = 0.99;

    public static (TrialSummary? Trial, string? Note) Build(AnalysisContext ctx, OligoResult oligo, IReadOnlyList<SurvivalComparison> survival, LocalControlResult localControl)
    {
        var t = ctx.Plan.Trial;
        if (ctx.Eligible.Count == 0 || oligo.N == 0) return (null, "no eligible patient with persistent oligo-skeletal uptake: the trial cannot be sized from this cohort");
        // Sized for the patients a trial would enrol: oligo after HDC and not yet irradiated (the oligo population when the
        // study records no radiotherapy to metastases).
        var implied = localControl.Populations.FirstOrDefault(x => x.Population == RelapseSitesStep.TrialEligiblePopulation)?.ImpliedHazardRatio;
        var hr = t.HazardRatio ?? implied;
        var hrSource = t.HazardRatio is null
            ? "implied by the counterfactual in the oligo population not yet irradiated (local_control, population trial_eligible)"
            : "assumed in the plan (trial.hazard_ratio)";
        if (hr is null)
            return (null, "the oligo patients not yet irradiated had no EFS event, so the counterfactual implies no hazard ratio; state trial.hazard_ratio to size a trial for an assumed effect");
        if (hr >= NoEffectHazardRatio && t.HazardRatio is null)
            return (null, "the counterfactual implies an EFS hazard ratio of " + hr.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) +
                " in the oligo population not yet irradiated (no relapse there was confined to non-irradiated persistent sites): irradiating the persisting sites would not change EFS " +
                "in this cohort, so no trial can be sized; state trial.hazard_ratio to size one for an assumed effect");
        // The share multiplies "stage M patients per centre per year", a count at diagnosis, so its denominator is the
        // stage M patients of the study at diagnosis (flow steps stage, age and diagnosis period), not the eligible
        // cohort, which has already lost every patient who progressed or died before the post-HDC scan.
        var stageMAtDiagnosis = StageMAtDiagnosis(ctx);
        var share = (double)oligo.N / stageMAtDiagnosis;
        var median = t.ControlMedianYears;
        var source = "plan (trial.control_median_years)";
        if (median is null)
        {
            median = survival.FirstOrDefault(s => s is { Endpoint: SurvivalEndpoint.Efs, Comparison: SurvivalStep.PersistentVsCleared })?
                .Km.Strata.FirstOrDefault(s => s.Name == GroupCodes.Persistent)?.Median;
            source = "cohort: Kaplan–Meier EFS median of the persistent patients from the post-HDC scan";
        }
        if (median is not > 0) return (null, "the persistent patients' EFS median is not reached; state trial.control_median_years in the plan");
        var inputs = new TrialProtocolInputs
        {
            HazardRatio = hr.Value, Power = t.Power, Alpha = t.Alpha,
            Method = t.Method.ToEngine(),
            Allocation = t.Allocation, ControlMedianYears = median, AccrualYears = t.AccrualYears, FollowupYears = t.FollowupYears,
            Dropout = t.Dropout, OligoSkeletalIncidence = share, OligoSkeletalPatients = oligo.N, EvaluablePatients = stageMAtDiagnosis,
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
            HazardRatio = hr.Value,
            HazardRatioSource = hrSource,
            ImpliedHazardRatio = implied,
            CentersNeeded = (int)Math.Ceiling(section.Size.SubjectsRequired / (t.AccrualYears * eligiblePerCentre * t.ConsentRate)),
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

    /// <summary>Patients of the study who are stage M (over the plan's age, diagnosed in the study period) at diagnosis.</summary>
    private static int StageMAtDiagnosis(AnalysisContext ctx) =>
        ctx.Courses.Count - ctx.Ineligible.Count(x => Eligibility.AtDiagnosisSteps.Contains(x.Reason.Step));
}

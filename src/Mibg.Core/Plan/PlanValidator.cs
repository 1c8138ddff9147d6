using Mibg.Core.Json;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Plan;

/// <summary>Checks every field of a plan against its valid range; returns all problems, each naming its field.</summary>
public static class PlanValidator
{
    /// <summary>All problems of <paramref name="plan"/>; empty when valid.</summary>
    public static IReadOnlyList<PlanError> Validate(AnalysisPlan plan)
    {
        var errors = new List<PlanError>();
        void Check(bool ok, string field, string message)
        {
            if (!ok) errors.Add(new PlanError(field, message));
        }
        // JSON can only give defined codes (SnakeCaseEnumConverter); a plan built in code could hold any number.
        void CheckCode<T>(T value, string field) where T : struct, Enum =>
            Check(Enum.IsDefined(value), field, "must be one of " + string.Join(", ", SnakeCaseEnumConverter.Codes<T>()));

        var e = plan.Eligibility;
        if (e is null) errors.Add(new PlanError("eligibility", "must be an object"));
        else
        {
            Check(e.InrgStages is not null && e.InrgStages.All(StudyCodes.InrgStage.Contains), "eligibility.inrg_stages",
                $"each stage must be one of {string.Join(", ", StudyCodes.InrgStage)}");
            Check(e.InssStagesWhenInrgBlank is not null && e.InssStagesWhenInrgBlank.All(StudyCodes.InssStage.Contains), "eligibility.inss_stages_when_inrg_blank",
                $"each stage must be one of {string.Join(", ", StudyCodes.InssStage)}");
            Check(e.MinAgeAtDiagnosisDaysExclusive >= 0, "eligibility.min_age_at_diagnosis_days_exclusive", "must be ≥ 0 days");
            Check(e.DiagnosisFrom <= e.DiagnosisTo, "eligibility.diagnosis_to", $"must not be before diagnosis_from ({e.DiagnosisFrom:yyyy-MM-dd})");
            Check(e.DiagnosisTotalAbove is >= 0 and < 72, "eligibility.diagnosis_total_above", "must be in 0..71");
        }

        var w = plan.TimePointWindows;
        if (w is null) errors.Add(new PlanError("time_point_windows", "must be an object"));
        else
        {
            Check(w.DiagnosisDays >= 0, "time_point_windows.diagnosis_days", "must be ≥ 0");
            Check(w.PostInductionBeforeEndDays >= 0, "time_point_windows.post_induction_before_end_days", "must be ≥ 0");
            Check(w.PostHdcAfterHdcDays >= 0, "time_point_windows.post_hdc_after_hdc_days", "must be ≥ 0");
            Check(w.PostHdcAfterMaintenanceStartDays >= 0, "time_point_windows.post_hdc_after_maintenance_start_days", "must be ≥ 0");
            Check(w.PostHdcMaxDaysWithoutMaintenance >= w.PostHdcAfterHdcDays, "time_point_windows.post_hdc_max_days_without_maintenance", "must be ≥ post_hdc_after_hdc_days");
            Check(w.EndOfTreatmentDays >= 0, "time_point_windows.end_of_treatment_days", "must be ≥ 0");
            Check(w.ProgressionDays >= 0, "time_point_windows.progression_days", "must be ≥ 0");
        }

        Check(plan.ReadResolution is not null, "read_resolution", "must be consensus, mean_of_readers or reader:CODE (e.g. reader:R1)");
        if (plan.Persistence is null) errors.Add(new PlanError("persistence", "must be an object"));
        else
        {
            Check(plan.Persistence.PostHdcTotalAbove is >= 0 and < 72, "persistence.post_hdc_total_above", "must be in 0..71");
            Check(plan.Persistence.MinEventFreeYearsAfterEndOfTreatment is >= 0 and <= 30, "persistence.min_event_free_years_after_end_of_treatment", "must be in 0..30 years");
        }

        if (plan.Radiotherapy is not { } rt) errors.Add(new PlanError("radiotherapy", "must be an object"));
        else
        {
            Check(rt.IrradiationWindowDays is >= 0 and <= 3650, "radiotherapy.irradiation_window_days", "must be in 0..3650 days");
            Check(rt.LocalFailureTimesYears is { Count: > 0 } lft && lft.All(x => double.IsFinite(x) && x > 0), "radiotherapy.local_failure_times_years", "must list at least one time > 0 years");
            Check(rt.BootstrapResamples is >= 100 and <= 100_000, "radiotherapy.bootstrap_resamples", "must be in 100..100000");
        }

        var o = plan.Oligo;
        if (o is null) errors.Add(new PlanError("oligo", "must be an object"));
        else
        {
            Check(o.MaxPositiveSegments is null or (>= 1 and <= 12), "oligo.max_positive_segments", "must be null or in 1..12");
            Check(o.MaxSegmentScore is null or (>= 1 and <= 6), "oligo.max_segment_score", "must be null or in 1..6");
            Check(o.MaxDiscreteLesions is null or >= 1, "oligo.max_discrete_lesions", "must be null or ≥ 1");
            Check(o.MaxTotal is null or (>= 1 and <= 72), "oligo.max_total", "must be null or in 1..72");
            Check(o.Timepoint is TimePoint.PostHdc or TimePoint.EndOfTreatment, "oligo.timepoint", "must be post_hdc or end_of_treatment");
        }

        var ep = plan.Endpoints;
        if (ep is null) errors.Add(new PlanError("endpoints", "must be an object"));
        else
        {
            Check(ep.Endpoints is { Count: > 0 } && ep.Endpoints.All(Enum.IsDefined) && ep.Endpoints.Distinct().Count() == ep.Endpoints.Count,
                "endpoints.endpoints", "must list efs and/or os, each once");
            Check(ep.CohortOrigin is TimeOrigin.Diagnosis, "endpoints.cohort_origin", "must be diagnosis");
            CheckCode(ep.ComparisonOrigin, "endpoints.comparison_origin");
            Check(ep.DaysPerYear > 0 && double.IsFinite(ep.DaysPerYear), "endpoints.days_per_year", "must be > 0 (365.25 for years)");
            Check(ep.AtTimesYears is not null && ep.AtTimesYears.All(t => t > 0 && double.IsFinite(t)), "endpoints.at_times_years", "must list times > 0 in years, e.g. [3, 5]");
            Check(ep.MinPatientsForMedian >= 1, "endpoints.min_patients_for_median", "must be ≥ 1");
            Check(ep.CurveStopsBelowAtRisk >= 0, "endpoints.curve_stops_below_at_risk", "must be ≥ 0 (0 = draw whole curves)");
        }
        if (plan.Followup is null) errors.Add(new PlanError("followup", "must be an object"));
        else CheckCode(plan.Followup.Origin, "followup.origin");
        CheckCode(plan.ProportionInterval, "proportion_interval");
        if (plan.Published is { } published) CheckCode(published, "published");

        Check(plan.ConfidenceLevel is > 0 and < 1, "confidence_level", "must be in (0, 1), e.g. 0.95");
        if (plan.Cox is null) errors.Add(new PlanError("cox", "must be an object"));
        else
        {
            Check(plan.Cox.DiagnosisSiopenAbove is >= 0 and < 72, "cox.diagnosis_siopen_above", "must be in 0..71");
            CheckCode(plan.Cox.Ties, "cox.ties");
            Check(plan.Cox.Covariates is not null && plan.Cox.Covariates.All(Enum.IsDefined), "cox.covariates",
                "must be a list of mycn, diagnosis_siopen, age_under_18_months, chr_11q, chr_1p, alk, histology, ldh");
            Check(plan.Cox.Covariates is null || plan.Cox.Covariates.Distinct().Count() == plan.Cox.Covariates.Count, "cox.covariates", "must not name a factor twice");
            Check(plan.Cox.LdhAboveUPerL is >= 1 and <= 50000, "cox.ldh_above_u_per_l", "must be in 1..50000 U/L");
            CheckCode(plan.Cox.Unknown, "cox.unknown");
            Check(plan.Cox.MinKnownShare is > 0 and <= 1, "cox.min_known_share", "must be in (0, 1]");
        }
        if (plan.RelapseSites is null) errors.Add(new PlanError("relapse_sites", "must be an object"));
        else CheckCode(plan.RelapseSites.Reference, "relapse_sites.reference");
        Check(plan.LocalControlProbability is >= 0 and <= 1, "local_control_probability", "must be in [0, 1]");

        var t = plan.Trial;
        if (t is null) errors.Add(new PlanError("trial", "must be an object"));
        else
        {
            Check(t.HazardRatio is null || (t.HazardRatio > 0 && t.HazardRatio != 1 && double.IsFinite(t.HazardRatio.Value)), "trial.hazard_ratio", "must be null (the counterfactual's) or > 0 and ≠ 1");
            Check(t.Power is > 0 and < 1, "trial.power", "must be in (0, 1), e.g. 0.8");
            Check(t.Alpha is > 0 and < 1, "trial.alpha", "must be in (0, 1), e.g. 0.05");
            CheckCode(t.Method, "trial.method");
            Check(t.Allocation > 0 && double.IsFinite(t.Allocation), "trial.allocation", "must be > 0");
            Check(t.AccrualYears > 0, "trial.accrual_years", "must be > 0");
            Check(t.FollowupYears >= 0, "trial.followup_years", "must be ≥ 0");
            Check(t.ControlMedianYears is null or > 0, "trial.control_median_years", "must be null or > 0");
            Check(t.Dropout is >= 0 and < 1, "trial.dropout", "must be in [0, 1)");
            Check(t.StageMPerCenterYear > 0, "trial.stage_m_per_center_year", "must be > 0");
            Check(t.ConsentRate is > 0 and <= 1, "trial.consent_rate", "must be in (0, 1]");
            Check(t.Centers is { Count: > 0 } && t.Centers.All(c => c >= 1), "trial.centers", "must list numbers of centres ≥ 1");
            Check(t.SimulationTrials is >= 0 and <= 1_000_000, "trial.simulation_trials", "must be in 0..1000000");
        }
        return errors;
    }
}

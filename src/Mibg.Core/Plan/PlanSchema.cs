using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mibg.Core.Plan;

/// <summary>One documented plan field: its JSON path, default (as JSON) and meaning.</summary>
/// <param name="Field">Dot-separated snake_case path, e.g. <c>trial.hazard_ratio</c>.</param>
/// <param name="Default">Default value as JSON text.</param>
/// <param name="Description">Meaning, valid values and source.</param>
public sealed record PlanFieldDoc(string Field, string Default, string Description);

/// <summary>
/// The documented schema of <see cref="AnalysisPlan"/> (<c>mibg plan --describe</c>): every leaf field of the
/// default plan with its default and description. A test checks that the list and the plan never drift apart.
/// </summary>
public static class PlanSchema
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["title"] = "Free-text title of the plan, printed on the report.",
        ["eligibility.inrg_stages"] = "INRG stages eligible (L1, L2, M, MS).",
        ["eligibility.inss_stages_when_inrg_blank"] = "INSS stages accepted when inrg_stage is blank (INSS 4 = INRG M).",
        ["eligibility.min_age_at_diagnosis_days_exclusive"] = "Age at diagnosis must be strictly greater than this many days (365 = over 1 year).",
        ["eligibility.diagnosis_from"] = "First diagnosis date included (ISO date, inclusive).",
        ["eligibility.diagnosis_to"] = "Last diagnosis date included (ISO date, inclusive).",
        ["eligibility.diagnosis_total_above"] = "The diagnosis scan's SIOPEN total must exceed this (0 = a positive scan).",
        ["eligibility.require_hdc"] = "High-dose chemotherapy must have been given (hdc_date present).",
        ["eligibility.require_post_hdc_scan"] = "A post_hdc scan with a usable read (see read_resolution) is required.",
        ["time_point_windows.diagnosis_days"] = "diagnosis: scan within ± this many days of diagnosis_date, before induction ends (domain.md).",
        ["time_point_windows.post_induction_before_end_days"] = "post_induction: scan from induction_end_date minus this many days, before hdc_date.",
        ["time_point_windows.post_hdc_after_hdc_days"] = "post_hdc: first scan from hdc_date plus this many days ...",
        ["time_point_windows.post_hdc_after_maintenance_start_days"] = "... up to maintenance_start_date plus this many days.",
        ["time_point_windows.post_hdc_max_days_without_maintenance"] = "post_hdc when maintenance_start_date is blank: up to hdc_date plus this many days (default 150; no source gives a number).",
        ["time_point_windows.end_of_treatment_days"] = "end_of_treatment: scan within ± this many days of end_of_treatment_date.",
        ["time_point_windows.progression_days"] = "progression: scan within ± this many days of a progression or relapse event.",
        ["read_resolution"] = "Which read of a scan counts: consensus (a scan without one is pending and left out), mean_of_readers (per-segment mean of the non-consensus reads), or reader:CODE (e.g. reader:R1).",
        ["persistence.post_hdc_total_above"] = "Persistent skeletal uptake after HDC = post_hdc SIOPEN total above this (0 = any positive segment).",
        ["persistence.min_event_free_years_after_end_of_treatment"] = "persistent_response needs this many years of event-free follow-up after end_of_treatment_date, else not_evaluable (default 2; a plan choice, no source sets it).",
        ["oligo.max_positive_segments"] = "Oligo-skeletal: most positive SIOPEN segments (null = no limit). Default 3 (HR-NBL1 '≤ 3 spots'); ESTRO–ASTRO 2020: 5.",
        ["oligo.max_segment_score"] = "Oligo-skeletal: highest score of a positive segment (3 = discrete lesions only; null = no limit).",
        ["oligo.max_discrete_lesions"] = "Oligo-skeletal: most discrete lesions in total (sum of segment scores 1..3; null = no limit). ESTRO–ASTRO 2020: 5.",
        ["oligo.max_total"] = "Oligo-skeletal: largest SIOPEN total (null = no limit; 3 for the 'SIOPEN total ≤ 3' alternative).",
        ["oligo.timepoint"] = "Scan judged for oligo-skeletal disease: post_hdc or end_of_treatment.",
        ["endpoints.endpoints"] = "Survival endpoints: efs (relapse, progression, second malignancy or death) and os (death); INRG, Cohn 2009.",
        ["endpoints.cohort_origin"] = "Time origin for the whole cohort: diagnosis.",
        ["endpoints.comparison_origin"] = "Time origin for comparisons defined by the post-HDC finding: post_hdc_scan (landmark; avoids immortal time) or diagnosis.",
        ["endpoints.days_per_year"] = "Days per year of the time unit (365.25).",
        ["endpoints.at_times_years"] = "Years from the origin at which each curve is read with CI and number at risk (at_times; default 3 and 5, as high-risk neuroblastoma trials report).",
        ["endpoints.min_patients_for_median"] = "A median survival from fewer patients than this is flagged as unreliable (default 10).",
        ["endpoints.curve_stops_below_at_risk"] = "Report figures stop a curve where fewer than this many remain at risk (default 5; Pocock, Clayton & Altman, Lancet 2002); 0 = whole curves.",
        ["followup.origin"] = "Follow-up runs from this date (diagnosis or post_hdc_scan) to last contact, among patients without an event.",
        ["confidence_level"] = "Confidence level of every interval.",
        ["proportion_interval"] = "Interval for proportions: wilson (score) or clopper_pearson (exact); both are reported.",
        ["cox.adjust_mycn"] = "Adjust the Cox HR of persistence for MYCN amplification (when known and variable).",
        ["cox.adjust_diagnosis_siopen"] = "Adjust for diagnosis SIOPEN total above cox.diagnosis_siopen_above.",
        ["cox.diagnosis_siopen_above"] = "Diagnosis SIOPEN cut-off, ≤ vs > (Ladenstein et al., EJNMMI 2018).",
        ["cox.ties"] = "Cox tie handling: efron (R's default) or breslow.",
        ["cox.covariates"] = "Factors at diagnosis the Cox HR of persistence is adjusted for, each a 0/1 indicator vs a named reference: mycn (amplified vs not/gain), diagnosis_siopen (> cox.diagnosis_siopen_above), age_under_18_months (< 547 days, INRG), chr_11q (loss vs no loss), chr_1p (loss vs no loss), alk (mutated or amplified vs wild type), histology (INPC unfavourable vs favourable), ldh (> cox.ldh_above_u_per_l). Default [mycn, diagnosis_siopen].",
        ["cox.ldh_above_u_per_l"] = "LDH cut-off for the ldh covariate, U/L (default 1250: HR-NBL1/SIOPEN risk score, Morgenstern et al., Pediatr Blood Cancer 2016).",
        ["cox.unknown"] = "A patient whose value of a chosen factor is unknown: complete_cases (default: leaves the model, listed; the missing-indicator method is biased even under MCAR, Groenwold et al., CMAJ 2012) or unknown_category (stays, unknown as a level of its own).",
        ["cox.min_known_share"] = "A factor known for fewer than this share of patients is left out of the model and named in the notes (default 0.5).",
        ["local_control_probability"] = "Counterfactual: local control probability p of an irradiated persistent site; only a relapse whose every site is persistent is preventable, with p^k for k sites (default 0.67, Casey et al., IJROBP 2018).",
        ["radiotherapy.irradiation_window_days"] = "A persistent site is irradiated when a metastasis course covering it starts within this many days on or after the post-HDC scan, before the first disease event (default 180).",
        ["radiotherapy.local_failure_times_years"] = "Years from the post-HDC scan at which the cumulative incidence of local failure is reported (default 2 and 5).",
        ["radiotherapy.bootstrap_resamples"] = "Patient-level bootstrap resamples for the interval of the difference irradiated − not irradiated (sites of one patient are resampled together).",
        ["radiotherapy.bootstrap_seed"] = "Seed of that bootstrap.",
        ["relapse_sites.reference"] = "Reference scan of the relapse patterns and their cumulative incidence: post_hdc (default: when radiotherapy to persisting sites would be given) or last_before_event.",
        ["trial.hazard_ratio"] = "Assumed EFS hazard ratio, irradiation vs control; null = the hazard ratio implied by the study's counterfactual (local_control, oligo population).",
        ["trial.power"] = "Power of the log-rank test.",
        ["trial.alpha"] = "Two-sided significance level.",
        ["trial.method"] = "Events formula: schoenfeld or freedman.",
        ["trial.allocation"] = "Allocation ratio experimental : control.",
        ["trial.accrual_years"] = "Uniform accrual period, years.",
        ["trial.followup_years"] = "Minimum follow-up after the end of accrual, years.",
        ["trial.control_median_years"] = "Control-arm EFS median, years; null = the cohort's landmark EFS median among persistent patients.",
        ["trial.dropout"] = "Probability of dropping out within one year, per arm (exponential).",
        ["trial.stage_m_per_center_year"] = "Stage M neuroblastoma patients over 1 year per centre per year (stated assumption).",
        ["trial.consent_rate"] = "Share of trial-eligible patients who consent (stated assumption).",
        ["trial.centers"] = "Numbers of centres to tabulate accrual years for.",
        ["trial.simulation_trials"] = "Simulated trials to check the power (0 = none).",
        ["trial.simulation_seed"] = "Random seed of the simulation.",
        ["reading.show_timepoint_to_readers"] = "Readers and adjudicators see each scan's time point (progression always shows as follow_up); false = fully blinded reading.",
        ["reading.auto_consensus_when_readers_agree"] = "A scan whose readers gave identical SIOPEN scores gets its consensus automatically (audited, actor system); false = the adjudicator confirms it with one keystroke.",
        ["published"] = "Published figures to compare with: seed (the seed study's abstract) or null (default; mibg demo sets seed).",
    };

    /// <summary>Every leaf field of the default plan, in plan order.</summary>
    public static IReadOnlyList<PlanFieldDoc> Fields { get; } = Build();

    private static List<PlanFieldDoc> Build()
    {
        var root = JsonNode.Parse(PlanJson.Serialize(AnalysisPlan.Default))!.AsObject();
        var list = new List<PlanFieldDoc>();
        Walk(root, "", list);
        return list;
    }

    private static void Walk(JsonObject obj, string prefix, List<PlanFieldDoc> list)
    {
        foreach (var (name, node) in obj)
        {
            var path = prefix + name;
            if (node is JsonObject child) Walk(child, path + ".", list);
            else list.Add(new PlanFieldDoc(path, node?.ToJsonString(new JsonSerializerOptions { Encoder = PlanJson.Options.Encoder }) ?? "null",
                Descriptions.TryGetValue(path, out var d) ? d : ""));
        }
    }
}

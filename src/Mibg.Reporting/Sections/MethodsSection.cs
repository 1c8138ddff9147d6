using Mibg.Core.Cohort;
using Mibg.Core.Json;
using System.Text.Json;
using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Reporting.Document;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>The methods paragraph written from the plan, and the reproducibility stamp.</summary>
internal static class MethodsSection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        var plan = r.Reproducibility.Plan;
        yield return new HeadingBlock(1, "Methods", "methods");
        yield return new ParagraphBlock(Paragraph(r, plan));
        yield return new HeadingBlock(1, "Reproducibility", "reproducibility");
        yield return new ParagraphBlock(
            $"Plan: {plan.Title}. Study data SHA-256: {r.Reproducibility.StudySha256} ({r.Reproducibility.StudyChecksumMethod}). " +
            $"mibg version {r.Reproducibility.MibgVersion}. Running the same plan on data with the same checksum with this version gives " +
            "the same results.json and this same report; the full plan is listed below (tables/plan.csv).", Small: true);
        yield return new TableBlock(new ReportTable("plan", "Analysis plan as run", ["Field", "Value"], PlanRows(plan)));
    }

    private static string Paragraph(StudyResults r, AnalysisPlan plan)
    {
        var e = plan.Eligibility;
        var w = plan.TimePointWindows;
        var km = r.Survival.FirstOrDefault()?.Km;
        var stages = string.Join(" or ", e.InrgStages) + (e.InssStagesWhenInrgBlank.Count > 0 ? $" (INSS {string.Join(" or ", e.InssStagesWhenInrgBlank)} when INRG is blank)" : "");
        var read = plan.ReadResolution.Kind switch
        {
            ReadResolutionKind.Consensus => "the consensus read of each scan (a scan without one is listed as pending and left out)",
            ReadResolutionKind.MeanOfReaders => "the mean of the readers' scores",
            _ => $"the read of reader {plan.ReadResolution.Reader}",
        };
        return
            $"Patients were eligible with INRG stage {stages}, age at diagnosis over {N(e.MinAgeAtDiagnosisDaysExclusive)} days, diagnosis between " +
            $"{e.DiagnosisFrom:yyyy-MM-dd} and {e.DiagnosisTo:yyyy-MM-dd}, a diagnosis SIOPEN total above {N(e.DiagnosisTotalAbove)}" +
            (e.RequireHdc ? ", high-dose chemotherapy given" : "") + (e.RequirePostHdcScan ? " and a read post-HDC scan" : "") + ". " +
            $"Scans were assigned to time points by their recorded value or by windows: diagnosis ± {N(w.DiagnosisDays)} days; post-induction from " +
            $"{N(w.PostInductionBeforeEndDays)} days before the end of induction until HDC; post-HDC the first scan from {N(w.PostHdcAfterHdcDays)} days after HDC to " +
            $"{N(w.PostHdcAfterMaintenanceStartDays)} days after the start of maintenance; end of treatment ± {N(w.EndOfTreatmentDays)} days; progression ± " +
            $"{N(w.ProgressionDays)} days of the event. Each scan was scored with the SIOPEN skeletal score (12 segments, 0–6 each, total 0–72; " +
            $"Lewington et al. 2017) using {read}. Persistent skeletal uptake was a post-HDC SIOPEN total above {N(plan.Persistence.PostHdcTotalAbove)}; " +
            $"oligo-skeletal disease: {plan.Oligo.Describe()}. Event-free survival counted progression, relapse, second malignancy and death; overall " +
            $"survival death; both were censored at last contact and measured in years of {G(plan.Endpoints.DaysPerYear, 2)} days, from {Origin(plan.Endpoints.CohortOrigin)} " +
            $"for the whole cohort and from {Origin(plan.Endpoints.ComparisonOrigin)} for comparisons defined by the post-HDC scan. Survival was estimated by " +
            $"Kaplan–Meier with Greenwood standard errors and {Pct(plan.ConfidenceLevel, 0)} confidence intervals" + (km is null ? "" : $" ({km.ConfType} transformation)") +
            $", medians by R's rule, and compared with the log-rank test; hazard ratios from Cox models ({plan.Cox.Ties.Code()} ties) adjusted for " +
            CoxAdjustment(plan.Cox) + $". Proportions carry {Pct(plan.ConfidenceLevel, 0)} " +
            $"{ClinicalLabels.Interval(plan.ProportionInterval)} intervals. Follow-up is the time from {Origin(plan.Followup.Origin)} to last contact " +
            "among patients without an event, and by reverse Kaplan–Meier for the cohort. Reader agreement used intraclass correlations (Shrout & Fleiss 1979), " +
            "Cohen's weighted kappa per segment and Bland–Altman limits of agreement on the total. " +
            "Progression after the post-HDC scan and on or before the end-of-treatment date, or with no end-of-treatment date because treatment " +
            "stopped, counted as progression during maintenance; a relapse found by the end-of-treatment work-up as progression after treatment; " +
            $"a persistent response needed at least {G(plan.Persistence.MinEventFreeYearsAfterEndOfTreatment, 1)} years of event-free follow-up after " +
            "the end of treatment; death without progression was its own outcome. Relapse by site pattern was described by cumulative incidence " +
            "from the post-HDC scan (Aalen–Johansen, R cmprsk), with death or second malignancy without relapse as the competing event, persistent " +
            "and cleared compared by Gray's test on any relapse (a relapse confined to persistent sites cannot occur in the cleared group, so that " +
            "cause is not tested); persistence was also entered as a time-dependent covariate changing at the post-HDC scan (Mantel–Byar). " +
            $"The counterfactual counted a relapse as preventable only when every site was a persistent skeletal site not already irradiated after the post-HDC scan " +
            "(a relapse at an irradiated site is an in-field failure, reported apart), prevented with probability p^k for k sites " +
            $"(p = {G(plan.LocalControlProbability, 2)}, the local control of irradiated persistent sites reported by Casey et al., IJROBP 2018; a sensitivity over p is shown). " +
            // Say what was done: a trial is sized only when the hazard ratio allows it (the trial section gives the reason otherwise).
            (r.Trial is null
                ? "No trial was sized" + (r.TrialNote is { Length: > 0 } why ? $" ({why.TrimEnd('.')})" : "") + ". "
                : "The trial was sized for " + (plan.Trial.HazardRatio is { } hr ? $"an assumed hazard ratio of {G(hr, 2)}" : "the EFS hazard ratio the counterfactual implies in the oligo population") +
                  $", power {Pct(plan.Trial.Power, 0)}, two-sided α {G(plan.Trial.Alpha, 3)} ({ClinicalLabels.SizingFormula(plan.Trial.Method)}). ") +
            "Statistics were computed by " +
            $"mibg {r.Reproducibility.MibgVersion} (C#/.NET), whose survival, competing-risk and agreement statistics are checked against R (survival, cmprsk, psych, rpact) to 1e-6 relative.";
    }

    /// <summary>The Cox adjustment in words: each factor with its reference level, the unknown-value rule and the known-share rule.</summary>
    private static string CoxAdjustment(Mibg.Core.Plan.CoxSettings cox)
    {
        var factors = cox.EffectiveCovariates().Select(f => Mibg.Analysis.Steps.CoxCovariateCoding.For(f, cox).Comparison).ToArray();
        if (factors.Length == 0) return "nothing (persistence alone)";
        return string.Join("; ", factors) + $" (each entered where known for at least {Pct(cox.MinKnownShare, 0)} of patients and variable; " +
            (cox.Unknown == Mibg.Core.Plan.UnknownCovariateRule.CompleteCases
                ? "patients with an unknown value left out, complete cases, because the missing-indicator method is biased even when values are missing at random (Groenwold et al., CMAJ 2012)"
                : "an unknown value entered as a level of its own, plan option cox.unknown = unknown_category, which keeps every patient at the risk of bias (Groenwold et al., CMAJ 2012)") + ")";
    }

    private static string Origin(TimeOrigin origin) => origin switch
    {
        TimeOrigin.PostHdcScan => "the post-HDC scan (landmark)",
        TimeOrigin.Diagnosis => "diagnosis",
        _ => origin.Code().Replace('_', ' '),
    };

    private static List<IReadOnlyList<string>> PlanRows(AnalysisPlan plan)
    {
        using var doc = JsonDocument.Parse(PlanJson.Serialize(plan));
        var rows = new List<IReadOnlyList<string>>();
        Flatten(doc.RootElement, "", rows);
        return rows;
    }

    private static void Flatten(JsonElement e, string path, List<IReadOnlyList<string>> rows)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Flatten(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name, rows);
                }

                break;
            case JsonValueKind.Array:
                rows.Add([path, string.Join(", ", e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText()))]);
                break;
            case JsonValueKind.String:
                rows.Add([path, e.GetString() ?? ""]);
                break;
            default:
                rows.Add([path, e.GetRawText()]);
                break;
        }
    }
}

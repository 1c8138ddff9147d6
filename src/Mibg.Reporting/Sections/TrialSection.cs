using Mibg.Core.Plan;
using Mibg.Core.Json;
using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>The randomised trial the study argues for, and the published-vs-computed table.</summary>
internal static class TrialSection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        if (r.Trial is null)
        {
            yield return new HeadingBlock(1, "Would a randomised trial of irradiating persisting sites be feasible?", "trial");
            yield return new ParagraphBlock("No trial was sized: " + (r.TrialNote ?? "the cohort does not allow it") + ".");
            if (ObservedAccrual(r) is { } observed) yield return new ParagraphBlock(observed);
        }
        if (r.Trial is { } t)
        {
            yield return new HeadingBlock(1, "Would a randomised trial of irradiating persisting sites be feasible?", "trial");
            var fastest = t.Feasibility.OrderBy(f => f.AccrualYears).FirstOrDefault();
            yield return new ParagraphBlock(
                $"What the data show: the trial would be sized for an EFS hazard ratio of {G(t.HazardRatio, 2)}, {t.HazardRatioSource}" +
                (t.ImpliedHazardRatio is { } ih && Math.Abs(ih - t.HazardRatio) > 1e-9 ? $" (the study's counterfactual implies {G(ih, 2)})" : "") + ". " +
                $"Accruing {N(t.SubjectsRequired)} patients in the {G(t.AccrualYears, 1)} years the sizing assumes would need {N(t.CentersNeeded)} centres like this one" +
                (fastest is null ? "." : $"; with {N(fastest.Centers)} centres it would take {D(fastest.AccrualYears, 1)} years.") +
                " As the seed study concluded, such a trial would be hard to run.");
            yield return new ParagraphBlock(
                $"A randomised trial of irradiating the persisting skeletal sites, designed to detect a hazard ratio of {G(t.HazardRatio, 2)} for EFS " +
                $"with {Pct(t.Power, 0)} power at two-sided α = {G(t.Alpha, 3)} ({ClinicalLabels.SizingFormula(t.Method)}), needs {N(t.EventsRequired)} events and " +
                $"{N(t.SubjectsRequired)} patients, assuming a control-arm EFS median of {D(t.ControlMedianYears, 2)} years ({t.ControlMedianSource}), " +
                $"{G(t.AccrualYears, 1)} years of accrual and {G(t.FollowupYears, 1)} years of follow-up. In this cohort {Pct(t.OligoShare)} of the " +
                $"stage M patients at diagnosis had persistent oligo-skeletal uptake after HDC; with {G(t.StageMPerCenterYear, 1)} stage M patients per centre per year " +
                $"and a consent rate of {Pct(t.ConsentRate, 0)}, a centre would enrol {D(t.EligiblePerCenterYear, 2)} patients per year." +
                (t.SimulatedPower is { } sp ? $" Simulated power of the sized trial: {Pct(sp)} (Monte-Carlo SE {Pct(t.SimulatedPowerSe ?? 0)}, {N(t.SimulationTrials ?? 0)} trials)." : ""));
            yield return new TableBlock(new ReportTable("trial-accrual", "Accrual time by number of centres",
                ["Centres", "Patients per year", "Years to accrue " + N(t.SubjectsRequired) + " patients"],
                t.Feasibility.Select(f => (IReadOnlyList<string>)[N(f.Centers), D(f.PatientsPerYear, 2), D(f.AccrualYears, 1)]).ToList()));
            if (!string.IsNullOrWhiteSpace(t.Protocol))
            {
                yield return new HeadingBlock(2, "Protocol paragraph (statistical section)", "protocol");
                yield return new ParagraphBlock(t.Protocol);
            }
        }

        if (r.Published.Count > 0)
        {
            yield return new HeadingBlock(1, "The seed study's published figures beside this analysis", "published");
            var matched = r.Published.Count(p => p.Match);
            yield return new ParagraphBlock(
                "The seed study (Gustave Roussy, 2000–2020; its abstract, and the NCI PDQ summary for the 13 of 17 relapses at prior sites) is a different " +
                "cohort unless these are its data or the synthetic demo built to reproduce it: for any other study this table is a comparison with a published " +
                $"series, not a check. {N(matched)} of {N(r.Published.Count)} figures agree; each row names where the figure was printed and where the " +
                "computed value lives in results.json. The table appears only when the plan's published field is set (mibg demo sets it; the default is none).");
            yield return new TableBlock(new ReportTable("published", "The seed study's published figures against this analysis",
                ["Figure", "Published", "Source", "Computed", "Match", "Where in results.json / why"],
                r.Published.Select(p => (IReadOnlyList<string>)[p.Figure, p.Published, p.Source, p.Computed, p.Match ? "yes" : "NO", p.Note]).ToList()));
        }
    }

    /// <summary>
    /// What this centre's own data say about accrual, whether or not a trial was sized: the patients a trial could have
    /// enrolled (trial_eligibility) per year of the study's diagnosis period, and the centre-years 100 such patients take.
    /// </summary>
    internal static string? ObservedAccrual(StudyResults r)
    {
        if (r.TrialEligibility is not { } te) return null;
        var e = r.Reproducibility.Plan.Eligibility;
        var years = (e.DiagnosisTo.DayNumber - e.DiagnosisFrom.DayNumber + 1) / 365.25;
        if (years <= 0) return null;
        var perYear = te.N / years;
        return $"What the data show about feasibility: {N(te.N)} patient(s) of this study could have entered such a trial (persistent " +
            $"oligo-skeletal disease after HDC, no persistent site irradiated), among patients diagnosed from {e.DiagnosisFrom:yyyy-MM-dd} to " +
            $"{e.DiagnosisTo:yyyy-MM-dd} ({D(years, 1)} years): {D(perYear, 2)} per year at this centre" +
            (te.N > 0 ? $", so every 100 patients a trial enrols would take {D(100 / perYear, 0)} centre-years of accrual before consent. For scale, " +
                "detecting an EFS hazard ratio of 0.6 with 80% power at two-sided α 0.05 needs 121 events (Schoenfeld's formula)." : ": no patient, so this centre alone gives no basis for accrual.");
    }
}

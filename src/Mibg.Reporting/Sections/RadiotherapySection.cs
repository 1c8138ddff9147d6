using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Response;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>
/// Radiotherapy to persistent sites (local control, cumulative incidence of local failure, Casey 2018 beside it), the
/// trial's population in the study, and the INRC 2017 overall response by group and time point. Renders only.
/// </summary>
internal static class RadiotherapySection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        foreach (var block in LocalControl(r)) yield return block;
        foreach (var block in Response(r)) yield return block;
    }

    private static IEnumerable<ReportBlock> LocalControl(StudyResults r)
    {
        var sites = r.LocalControl?.Sites ?? [];
        if (sites.Count == 0) yield break;
        var window = r.Reproducibility.Plan.Radiotherapy.IrradiationWindowDays;
        yield return new HeadingBlock(2, "Local control of persistent sites", "local-control-sites");
        yield return new ParagraphBlock(
            $"Each SIOPEN segment positive on the post-HDC scan of a persistent patient is one site ({N(sites.Count)} sites in " +
            $"{N(sites.Select(s => s.PatientId).Distinct().Count())} patients). A site is irradiated when a metastasis radiotherapy course covering it " +
            $"started on or after the post-HDC scan, within {N(window)} days and before any disease event (plan option radiotherapy.irradiation_window_days). " +
            "Follow-up starts at the post-HDC scan and ends at the first event: a local failure when the site is positive at that relapse " +
            "(an in-field failure when irradiated), a competing event when the relapse is elsewhere only, a second malignancy or death; a relapse " +
            "whose sites are unknown censors the site.");
        yield return new TableBlock(new ReportTable("local-control-sites", "Persistent sites: irradiation and outcome",
            ["Patient", "Segment", "Irradiated (course start)", "Outcome", "Years from post-HDC scan"],
            sites.Select(s => (IReadOnlyList<string>)
            [
                s.PatientId, ClinicalLabels.Segment(s.Segment), s.Course is { } c ? $"yes ({c:yyyy-MM-dd})" : "no",
                s.Outcome switch
                {
                    SiteOutcome.LocalFailure => s.Irradiated ? "in-field failure" : "local failure",
                    SiteOutcome.Competing => "competing event",
                    _ => "censored",
                },
                D(s.TimeYears, 2),
            ]).ToList()));
        if (r.LocalControl?.Incidence is not { } inc)
        {
            yield return new ParagraphBlock("No persistent site was irradiated (or no site had an event): local failure is not compared between irradiated and non-irradiated sites.");
        }
        else
        {
            yield return new TableBlock(new ReportTable("local-control-arms", "Sites by arm",
                ["Arm", "Sites", "Patients", "Local failures", "Competing events", "Censored"],
                inc.Arms.Select(a => (IReadOnlyList<string>)[Arm(a.Arm), N(a.Sites), N(a.Patients), N(a.LocalFailures), N(a.Competing), N(a.Censored)]).ToList()));
            static string Ci(double? v, double? lo, double? hi) =>
                v is null ? "– (not followed that long)" : lo is null ? Pct(v.Value) : $"{Pct(v.Value)} ({Pct(lo.Value)} to {Pct(hi!.Value)})";
            yield return new TableBlock(new ReportTable("local-failure-incidence", "Cumulative incidence of local failure (95% patient-bootstrap interval)",
                ["Years", "Irradiated", "Not irradiated", "Difference", "Usable resamples"],
                inc.AtTimes.Select(a => (IReadOnlyList<string>)
                [
                    G(a.Time), Ci(a.Irradiated, a.IrradiatedLower, a.IrradiatedUpper), Ci(a.NotIrradiated, a.NotIrradiatedLower, a.NotIrradiatedUpper),
                    a.Difference is { } d ? (a.DifferenceLower is { } lo ? $"{D(100 * d)} points ({D(100 * lo)} to {D(100 * a.DifferenceUpper!.Value)})" : $"{D(100 * d)} points") : "–",
                    N(a.BootstrapResamplesUsed),
                ]).ToList(),
                Note: inc.Dependence + (inc.GrayPSiteLevel is { } p ? $" Gray's test, site level: {PIs(p)}." : "")));
            yield return new FigureBlock(new LocalFailureFigure(inc, sites, r.Reproducibility.Plan.Endpoints.CurveStopsBelowAtRisk));
            yield return new TableBlock(new ReportTable("local-control-casey", "Beside Casey et al., IJROBP 2018",
                ["Measure", "This study", "Casey 2018", "Note"],
                inc.Literature.Select(l => (IReadOnlyList<string>)[l.Measure, l.Study is { } v ? Pct(v) : "–", Pct(l.Published), l.Note]).ToList()));
        }
        if (r.TrialEligibility is { } t)
            yield return new ParagraphBlock(
                $"Trial population in this study: {N(t.Oligo.Count)} persistent patient(s) had oligo-skeletal disease after HDC; {N(t.AlreadyIrradiated.Count)} of them " +
                $"had a persistent site irradiated already ({List(t.AlreadyIrradiated)}), leaving {N(t.N)} of {N(t.Of)} eligible patients a trial of " +
                $"irradiating persistent sites could have enrolled ({List(t.Eligible)}).");
    }

    private static IEnumerable<ReportBlock> Response(StudyResults r)
    {
        if (r.Response.Count == 0) yield break;
        yield return new HeadingBlock(2, "INRC 2017 overall response", "inrc-response");
        yield return new ParagraphBlock(
            "Overall response (Park et al., JCO 2017, Table 5) from the primary tumour (longest diameter against diagnosis and nadir), bone marrow " +
            "(tumour infiltration) and metastases (mIBG bone response and soft-tissue diameters) at each assessment after diagnosis. A component not " +
            "assessed makes the overall response not evaluable unless another component progressed.");
        string[] overall = ["CR", "PR", "MR", "SD", "PD"];
        // Groups in the study's clinical order (cleared, then the persistent outcomes), patients outside the analysed cohort last.
        static int Order(string? group) => group is null ? int.MaxValue : GroupCodes.All.ToList().IndexOf(group) is var i and >= 0 ? i : int.MaxValue - 1;
        var cells = r.Response.GroupBy(x => (x.Group, x.Timepoint))
            .OrderBy(g => Order(g.Key.Group)).ThenBy(g => g.Min(x => x.Date))
            .Select(g => (IReadOnlyList<string>)
            [
                g.Key.Group is null ? "Not in the analysed cohort" : ClinicalLabels.Group(g.Key.Group), ClinicalLabels.TimePoint(g.Key.Timepoint), N(g.Count()),
                .. overall.Select(o => N(g.Count(x => x.Overall?.ToString() == o))), N(g.Count(x => x.Overall is null)),
            ]).ToList();
        yield return new TableBlock(new ReportTable("inrc-response", "INRC 2017 overall response by group and time point",
            ["Group", "Time point", "Assessed", .. overall, "Not evaluable"], cells));
    }

    private static string Arm(string code) => code == "irradiated" ? "Irradiated" : "Not irradiated";

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}

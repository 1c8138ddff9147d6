using Mibg.Core.Json;
using Mibg.Core.Plan;
using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using Mibg.Statistics.Survival;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>Kaplan–Meier figures, the survival summary table and the Cox models.</summary>
internal static class SurvivalSection
{
    private static readonly SurvivalComparisonKind[] ComparisonOrder = [SurvivalComparisonKind.PersistentVsCleared, SurvivalComparisonKind.Cohort];

    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        if (r.Survival.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(1, "Survival", "survival");
        var stopBelow = r.Reproducibility.Plan.Endpoints.CurveStopsBelowAtRisk;
        yield return new ParagraphBlock(
            "Comparisons defined by the post-HDC scan start at that scan (landmark), so that no patient contributes time before the finding " +
            "that defines the group; whole-cohort curves start at diagnosis and are conditional on reaching the post-HDC scan event-free. " +
            "The groups defined by what happened after the post-HDC scan (progression during maintenance, persistent response, progression after " +
            "treatment, …) are not compared by Kaplan–Meier or log-rank: membership depends on the outcome itself (a persistent responder is " +
            "event-free by definition), so such a comparison would be guaranteed, not found; their courses are shown in the swimmer plot. " +
            "Shaded bands: pointwise confidence intervals; + marks: censored patients; dashed lines: median survival; the number at risk is " +
            "given under the time axis" + (stopBelow > 0 ? $"; curves stop where fewer than {N(stopBelow)} patients remain at risk (Pocock et al., Lancet 2002)." : "."));
        var ordered = r.Survival
            .OrderBy(s => Array.IndexOf(ComparisonOrder, s.Comparison) is var i && i < 0 ? 99 : i)
            .ThenBy(s => s.Endpoint);
        var minMedian = r.Reproducibility.Plan.Endpoints.MinPatientsForMedian;
        foreach (var s in ordered)
        {
            yield return new FigureBlock(new KaplanMeierFigure(Plot(s, stopBelow)));
        }

        yield return new TableBlock(SummaryTable(r.Survival, minMedian));
        if (r.TimeDependentCox.Count > 0)
        {
            yield return new TableBlock(TimeDependentTable(r.TimeDependentCox));
        }
        if (r.Cox.Count > 0)
        {
            yield return new TableBlock(CoxTable(r.Cox));
        }
    }

    /// <summary>The figure input for one comparison: strata in results order, group names for labels.</summary>
    public static SurvivalPlot Plot(SurvivalComparison s, int stopBelowAtRisk = 0)
    {
        static SurvivalStep Step(KaplanMeierStep x) => new(x.Time, x.NRisk, x.NEvent, x.NCensor, x.Survival, x.Lower, x.Upper);
        var curves = s.Km.Strata.OrderBy(st => ClinicalLabels.GroupRank(st.Name)).Select(st => new SurvivalCurve(
            ClinicalLabels.Group(st.Name), st.N, st.Steps.Where(x => x.NRisk >= stopBelowAtRisk).Select(Step).ToList(), st.Median)
        {
            AllSteps = st.Steps.Select(Step).ToList(),
        }).ToList();
        var title = $"{ClinicalLabels.Endpoint(s.Endpoint)}: {Describe(s.Comparison)}";
        var caption = $"{title}, from {(s.Origin == TimeOrigin.PostHdcScan ? "the post-HDC scan (landmark)" : "diagnosis")}. " +
            $"Kaplan–Meier estimates with {Pct(s.Km.ConfLevel, 0)} confidence bands ({s.Km.ConfType} transformation)" +
            (s.Logrank is { } lr ? $"; log-rank χ² = {D(lr.Chisq, 2)} on {N(lr.Df)} df, {PIs(lr.P)}" : "") +
            (s.HazardRatio is { } hr ? "; Cox HR " + (hr.Estimable ? $"{ClinicalLabels.Group(hr.Compared)} vs {ClinicalLabels.Group(hr.Reference)} {D(hr.Hr, 2)} ({D(hr.Lower, 2)}–{D(hr.Upper, 2)})" : hr.Note) + "." : ".") +
            (s.Description.Length > 0 ? " " + s.Description : "") +
            (s.LeftOut.Count > 0 ? $" {N(s.LeftOut.Count)} patient(s) left out (event or last contact before the landmark)." : "");
        return new SurvivalPlot($"km-{s.Endpoint.Code()}-{s.Comparison.Code().Replace('_', '-')}-{s.Origin.Code().Replace('_', '-')}", caption,
            ClinicalLabels.Endpoint(s.Endpoint), ClinicalLabels.Origin(s.Origin), curves, s.Logrank?.P);
    }

    private static string Describe(SurvivalComparisonKind comparison) => comparison switch
    {
        SurvivalComparisonKind.PersistentVsCleared => "persistent vs cleared after HDC",
        SurvivalComparisonKind.Cohort => "eligible cohort",
        _ => comparison.Code().Replace('_', ' '),
    };

    private static ReportTable SummaryTable(IReadOnlyList<SurvivalComparison> survival, int minMedian)
    {
        var times = survival.SelectMany(s => s.AtTimes.Select(a => a.Time)).Distinct().Order().ToArray();
        var rows = new List<IReadOnlyList<string>>();
        var flagged = false;
        foreach (var s in survival)
        {
            foreach (KaplanMeierStratum st in s.Km.Strata)
            {
                var small = s.MedianFlags.Any(f => f.Stratum == st.Name && f.Flagged);
                flagged |= small && st.Median is not null;
                var row = new List<string>
                {
                    ClinicalLabels.EndpointAbbreviation(s.Endpoint), Describe(s.Comparison), ClinicalLabels.Origin(s.Origin).Replace("Years from ", "", StringComparison.Ordinal),
                    ClinicalLabels.Group(st.Name), N(st.N), N(st.Events),
                };
                foreach (var t in times)
                {
                    var a = s.AtTimes.FirstOrDefault(x => x.Stratum == st.Name && x.Time == t);
                    row.Add(a?.Survival is { } v ? $"{Pct(v, 0)} ({(a.Lower is { } lo ? Pct(lo, 0) : "–")}–{(a.Upper is { } up ? Pct(up, 0) : "–")}); {N(a.NRisk)}" : "–");
                }
                row.Add(st.Median is null ? "not reached" : $"{D(st.Median, 2)} ({Limit(st.MedianLower)}–{Limit(st.MedianUpper)})" + (small ? "*" : ""));
                row.Add(s.HazardRatio is { } hr && st.Name == hr.Compared
                    ? (hr.Estimable ? $"{D(hr.Hr, 2)} ({D(hr.Lower, 2)}–{D(hr.Upper, 2)})" : "not estimable")
                    : s.HazardRatio is { } h2 && st.Name == h2.Reference ? "1 (reference)" : "–");
                row.Add(s.Logrank is null ? "–" : P(s.Logrank.P));
                rows.Add(row);
            }
        }

        var columns = new List<string> { "Endpoint", "Comparison", "Origin", "Group", "n", "Events" };
        columns.AddRange(times.Select(t => $"{G(t, 1)}-year survival (95% CI); at risk"));
        columns.AddRange(["Median, years (CI)", "Cox HR (95% CI)", "Log-rank p"]);
        return new ReportTable("survival", "Survival: patients, events, survival at fixed times with 95% CI and number at risk, median survival in years, Cox hazard ratio and log-rank p",
            columns, rows,
            "NR: confidence limit not reached; –: beyond the last follow-up." + (flagged ? $" *Median from fewer than {N(minMedian)} patients: unreliable." : ""));
    }

    private static ReportTable TimeDependentTable(IReadOnlyList<TimeDependentCoxSummary> models) =>
        new("time-dependent-cox", "Persistence as a time-dependent covariate (changes at the post-HDC scan), Cox model from diagnosis, beside the landmark hazard ratio",
            ["Endpoint", "Patients", "Intervals", "Events", "HR persistent (95% CI)", "p", "Landmark HR"],
            models.Select(m => (IReadOnlyList<string>)
            [
                ClinicalLabels.EndpointAbbreviation(m.Endpoint), N(m.Patients), N(m.Rows), N(m.Events),
                m.Hr is { } h ? $"{D(h, 2)} ({D(m.Lower, 2)}–{D(m.Upper, 2)})" : m.Note ?? "not estimable",
                m.P is { } p ? P(p) : "–", m.LandmarkHr is { } l ? D(l, 2) : "–",
            ]).ToList(),
            "Every patient who received HDC is followed from diagnosis; persistence is 0 until the post-HDC scan and 1 afterwards when that scan was positive " +
            "(Mantel–Byar), so no patient is credited with time before the finding and none is discarded for an early event.");

    private static string Limit(double? v) => v is null ? "NR" : D(v, 2);

    private static ReportTable CoxTable(IReadOnlyList<CoxModelSummary> models)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var m in models)
        {
            foreach (var c in m.Coefficients)
            {
                var estimable = !m.NotEstimable.Contains(c.Name);
                var zph = m.Zph?.Terms.FirstOrDefault(t => t.Term == c.Name);
                rows.Add([ClinicalLabels.EndpointAbbreviation(m.Endpoint), ClinicalLabels.Origin(m.Origin).Replace("Years from ", "", StringComparison.Ordinal),
                    m.ReferenceLevels.TryGetValue(c.Name, out var label) ? label : c.Name.Replace('_', ' '),
                    estimable ? $"{D(c.Hr, 2)} ({D(c.Lower, 2)}–{D(c.Upper, 2)})" : "not estimable", estimable ? P(c.P) : "–",
                    zph is null ? "–" : P(zph.P), N(m.N), N(m.Events)]);
            }
        }

        var notes = models.Select(m =>
                $"{ClinicalLabels.EndpointAbbreviation(m.Endpoint)}: likelihood-ratio χ² = {D(m.LrTest.Chisq, 2)} on {N(m.LrTest.Df)} df, {PIs(m.LrTest.P)}" +
                (m.Concordance.C is { } c ? $", concordance {D(c, 3)}" : "") + $", {m.Ties.Code()} ties" + (m.Zph is { } z ? $", global PH test {PIs(z.Global.P)}" : "") + (m.Dropped > 0 ? $", {N(m.Dropped)} patient(s) with a missing covariate left out." : "."))
            .Concat(models.SelectMany(m => m.Notes).Distinct()).ToList();
        return new ReportTable("cox", "Cox proportional-hazards models: hazard ratio (95% CI)",
            ["Endpoint", "Origin", "Covariate", "HR (95% CI)", "p", "PH test p (cox.zph)", "n", "Events"], rows,
            string.Join(" ", notes.Select(n => n.EndsWith('.') ? n : n + ".")) + " PH test: Grambsch–Therneau scaled Schoenfeld residuals against the Kaplan–Meier transform of time (R cox.zph); a small p questions proportional hazards.");
    }
}

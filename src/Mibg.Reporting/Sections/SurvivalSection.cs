using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using Mibg.Statistics.Survival;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>Kaplan–Meier figures, the survival summary table and the Cox models.</summary>
internal static class SurvivalSection
{
    private static readonly string[] ComparisonOrder = ["persistent_vs_cleared", "persistent_groups", "cohort"];

    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        if (r.Survival.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(1, "Survival", "survival");
        yield return new ParagraphBlock(
            "Comparisons defined by the post-HDC scan start at that scan (landmark), so that no patient contributes time before the finding " +
            "that defines the group; whole-cohort curves start at diagnosis. Shaded bands: pointwise confidence intervals; + marks: censored " +
            "patients; dashed lines: median survival; the number at risk is given under the time axis.");
        var ordered = r.Survival
            .OrderBy(s => Array.IndexOf(ComparisonOrder, s.Comparison) is var i && i < 0 ? 99 : i)
            .ThenBy(s => s.Endpoint, StringComparer.Ordinal);
        foreach (var s in ordered)
        {
            yield return new FigureBlock(new KaplanMeierFigure(Plot(s)));
        }

        yield return new TableBlock(SummaryTable(r.Survival));
        if (r.Cox.Count > 0)
        {
            yield return new TableBlock(CoxTable(r.Cox));
        }
    }

    /// <summary>The figure input for one comparison: strata in results order, group names for labels.</summary>
    public static SurvivalPlot Plot(SurvivalComparison s)
    {
        var curves = s.Km.Strata.OrderBy(st => ClinicalLabels.GroupRank(st.Name)).Select(st => new SurvivalCurve(
            ClinicalLabels.Group(st.Name), st.N,
            st.Steps.Select(x => new SurvivalStep(x.Time, x.NRisk, x.NEvent, x.NCensor, x.Survival, x.Lower, x.Upper)).ToList(),
            st.Median)).ToList();
        var title = $"{ClinicalLabels.Endpoint(s.Endpoint)}: {Describe(s.Comparison)}";
        var caption = $"{title}, from {(s.Origin == "post_hdc_scan" ? "the post-HDC scan (landmark)" : "diagnosis")}. " +
            $"Kaplan–Meier estimates with {Pct(s.Km.ConfLevel, 0)} confidence bands ({s.Km.ConfType} transformation)" +
            (s.Logrank is { } lr ? $"; log-rank χ² = {D(lr.Chisq, 2)} on {N(lr.Df)} df, {PIs(lr.P)}." : ".") +
            (s.LeftOut.Count > 0 ? $" {N(s.LeftOut.Count)} patient(s) left out (event or last contact before the landmark)." : "");
        return new SurvivalPlot($"km-{s.Endpoint}-{s.Comparison.Replace('_', '-')}-{s.Origin.Replace('_', '-')}", caption,
            ClinicalLabels.Endpoint(s.Endpoint), ClinicalLabels.Origin(s.Origin), curves, s.Logrank?.P);
    }

    private static string Describe(string comparison) => comparison switch
    {
        "persistent_vs_cleared" => "persistent vs cleared after HDC",
        "persistent_groups" => "groups of the persistent cohort",
        "cohort" => "eligible cohort",
        _ => comparison.Replace('_', ' '),
    };

    private static ReportTable SummaryTable(IReadOnlyList<SurvivalComparison> survival)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var s in survival)
        {
            foreach (KaplanMeierStratum st in s.Km.Strata)
            {
                rows.Add([
                    s.Endpoint.ToUpperInvariant(), Describe(s.Comparison), ClinicalLabels.Origin(s.Origin).Replace("Years from ", "", StringComparison.Ordinal),
                    ClinicalLabels.Group(st.Name), N(st.N), N(st.Events),
                    st.Median is null ? "not reached" : $"{D(st.Median, 2)} ({Limit(st.MedianLower)}–{Limit(st.MedianUpper)})",
                    s.Logrank is null ? "–" : P(s.Logrank.P),
                ]);
            }
        }

        return new ReportTable("survival", "Kaplan–Meier summary: patients, events, median survival in years (95% CI) and log-rank p",
            ["Endpoint", "Comparison", "Origin", "Group", "n", "Events", "Median, years (CI)", "Log-rank p"], rows,
            "NR: confidence limit not reached.");
    }

    private static string Limit(double? v) => v is null ? "NR" : D(v, 2);

    private static ReportTable CoxTable(IReadOnlyList<CoxModelSummary> models)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var m in models)
        {
            foreach (var c in m.Coefficients)
            {
                rows.Add([m.Endpoint.ToUpperInvariant(), ClinicalLabels.Origin(m.Origin).Replace("Years from ", "", StringComparison.Ordinal),
                    c.Name.Replace('_', ' '), $"{D(c.Hr, 2)} ({D(c.Lower, 2)}–{D(c.Upper, 2)})", P(c.P), N(m.N), N(m.Events)]);
            }
        }

        var notes = models.Select(m =>
                $"{m.Endpoint.ToUpperInvariant()}: likelihood-ratio χ² = {D(m.LrTest.Chisq, 2)} on {N(m.LrTest.Df)} df, {PIs(m.LrTest.P)}" +
                (m.Concordance.C is { } c ? $", concordance {D(c, 3)}" : "") + $", {m.Ties} ties" + (m.Dropped > 0 ? $", {N(m.Dropped)} patient(s) with a missing covariate left out." : "."))
            .Concat(models.SelectMany(m => m.Notes).Distinct()).ToList();
        return new ReportTable("cox", "Cox proportional-hazards models: hazard ratio (95% CI)",
            ["Endpoint", "Origin", "Covariate", "HR (95% CI)", "p", "n", "Events"], rows, string.Join(" ", notes));
    }
}

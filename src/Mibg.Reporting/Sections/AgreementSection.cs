using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using Mibg.Statistics.Agreement;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>Reader agreement: ICC, weighted kappa per segment, Bland–Altman.</summary>
internal static class AgreementSection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r, IReadOnlyList<(double Reader1, double Reader2)> totals)
    {
        if (r.Agreement is not { } a)
        {
            yield break;
        }

        if (totals.Count == 0)
        {
            totals = a.Totals.Select(t => ((double)t.Reader1, (double)t.Reader2)).ToList();
        }

        var (first, second) = (a.Readers.ElementAtOrDefault(0) ?? "reader 1", a.Readers.ElementAtOrDefault(1) ?? "reader 2");
        yield return new HeadingBlock(1, "Reader agreement", "agreement");
        var icc2 = a.Total.Icc.FirstOrDefault(i => i.Type == "ICC2");
        yield return new ParagraphBlock(
            $"{N(a.ScanIds.Count)} scans were read by both {first} and {second}. On the SIOPEN total, " +
            (icc2 is null ? "" : $"the two-way random-effects, absolute-agreement, single-rater ICC(2,1) was {D(icc2.Value, 3)} ({D(icc2.Lower, 3)}–{D(icc2.Upper, 3)})") +
            (a.Total.BlandAltman is { } ba ? $"; the mean difference {first} − {second} was {D(ba.Bias, 2)} with 95% limits of agreement {D(ba.Lower, 2)} to {D(ba.Upper, 2)}." : ".") +
            (a.KappaTotalAbove3 is { } k3 ? $" Cohen's kappa for SIOPEN total > 3 vs ≤ 3: {D(k3, 3)}." : "") +
            (a.KappaComplete is { } kc ? $" For complete response (total 0) vs not: {D(kc, 3)}." : ""));

        var rows = a.Segments.Select(s => Row(ClinicalLabels.Segment(s.Segment), s.Agreement)).ToList();
        rows.Add(Row("SIOPEN total", a.Total));
        yield return new TableBlock(new ReportTable("agreement", "Agreement per SIOPEN segment and on the total",
            ["Segment", "Scans", "ICC(2,1) (95% CI)", "Kappa, linear weights", "Kappa, quadratic weights", "Kappa, unweighted"], rows,
            "ICC: Shrout & Fleiss (1979); kappa: Cohen, weights as psych::cohen.kappa. A segment that both readers scored 0 on every scan has no defined kappa (–)."));

        yield return new TableBlock(new ReportTable("icc-total", "Intraclass correlations on the SIOPEN total (Shrout–Fleiss forms)",
            ["Form", "ICC", "95% CI", "F", "df1", "df2", "p"],
            a.Total.Icc.Select(i => (IReadOnlyList<string>)[i.Type, D(i.Value, 3), $"{D(i.Lower, 3)}–{D(i.Upper, 3)}", D(i.F, 2), G(i.Df1, 1), G(i.Df2, 1), P(i.P)]).ToList()));

        if (a.Total.BlandAltman is { } b)
        {
            yield return new FigureBlock(new BlandAltmanFigure(new BlandAltmanPlot("bland-altman-total",
                $"Bland–Altman plot of the SIOPEN total, {first} vs {second}: difference against mean per scan, bias (solid) and 95% limits of agreement (dashed)." +
                (totals.Count == 0 ? " Per-scan points are not in results.json; only the lines are drawn." : ""),
                totals, b.Bias, b.Lower, b.Upper, (first, second))));
        }
    }

    private static IReadOnlyList<string> Row(string label, AgreementResult x)
    {
        var icc = x.Icc.FirstOrDefault(i => i.Type == "ICC2");
        return
        [
            label, N(x.N), icc is null || double.IsNaN(icc.Value) ? "–" : $"{D(icc.Value, 3)} ({D(icc.Lower, 3)}–{D(icc.Upper, 3)})",
            D(x.Kappa?.Linear, 3), D(x.Kappa?.Quadratic, 3), D(x.Kappa?.Unweighted, 3),
        ];
    }
}

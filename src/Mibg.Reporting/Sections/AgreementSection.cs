using Mibg.Core.Cohort;
using Mibg.Core.TimePoints;
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

        if (a.ByTimepoint.Count > 0)
        {
            var post = a.ByTimepoint.FirstOrDefault(t => t.Timepoint == TimePoint.PostHdc);
            if (post is not null)
            {
                yield return new ParagraphBlock(
                    $"The call that decides this study is positive or negative at the post-HDC scan. On the {N(post.Scans)} post-HDC scans read by both, " +
                    $"Cohen's kappa of that call was {(post.PersistenceKappa is { } pk ? D(pk, 2) : "undefined")} and the readers disagreed on {N(post.Discordant)} scan(s)" +
                    (post.DiscordantScans.Count is > 0 and <= 12 ? $" ({string.Join(", ", post.DiscordantScans)})" : "") +
                    ". Agreement pooled over all time points (below) is dominated by the large diagnosis scores and says little about this call.");
            }
            yield return new TableBlock(new ReportTable("agreement-by-timepoint", "Reader agreement by time point",
                ["Time point", "Scans", "ICC(2,1) of totals (95% CI)", "Kappa, positive vs negative", "Discordant calls", "Median weighted kappa per segment (quadratic)"],
                a.ByTimepoint.Select(t => (IReadOnlyList<string>)
                [
                    ClinicalLabels.TimePoint(t.Timepoint), N(t.Scans),
                    t.Icc is { } i ? $"{D(i, 3)} ({D(t.IccLower, 3)}–{D(t.IccUpper, 3)})" : "–",
                    t.PersistenceKappa is { } k ? D(k, 2) : "–", N(t.Discordant),
                    t.SegmentKappas.Count == 0 ? "–" : D(Median(t.SegmentKappas.Select(x => x.Quadratic)), 2),
                ]).ToList()));
        }

        if (a.ReadSensitivity.Count > 0)
        {
            yield return new TableBlock(new ReportTable("read-sensitivity", "The key result under each read: persistent uptake after HDC and landmark EFS log-rank p",
                ["Read used", "Persistent", "Of eligible", "Log-rank p, EFS persistent vs cleared"],
                a.ReadSensitivity.Select(x => (IReadOnlyList<string>)
                [
                    x.Resolution.Kind switch { ReadResolutionKind.Consensus => "Consensus", ReadResolutionKind.MeanOfReaders => "Mean of readers", _ => "Reader " + x.Resolution.Reader },
                    N(x.Persistent), N(x.Of), x.LogrankP is { } p ? P(p) : "–",
                ]).ToList(),
                "If the group changes much with the reader, the study's conclusion depends on who read the scans."));
        }

        var rows = a.Segments.Select(s => Row(ClinicalLabels.Segment(s.Segment), s.Agreement, s.Note)).ToList();
        rows.Add(Row("SIOPEN total", a.Total, null));
        yield return new TableBlock(new ReportTable("agreement", "Agreement per SIOPEN segment (0–6) and on the total (0–72), all time points",
            ["Segment", "Scans", "ICC(2,1) (95% CI)", "Kappa, linear weights", "Kappa, quadratic weights", "Kappa, unweighted"], rows,
            "ICC: Shrout & Fleiss (1979); kappa: Cohen, weights as psych::cohen.kappa. No kappa on the total: it is a 0–72 sum, not a category. A segment that both readers scored 0 on every scan has no defined kappa (–)."));

        // The F test of each form tests ICC = 0, which no one doubts for two physicians reading the same scan: the report
        // shows the estimates and intervals, results.json keeps F, df and p (agreement.total.icc).
        yield return new TableBlock(new ReportTable("icc-total", "Intraclass correlations on the SIOPEN total (Shrout–Fleiss forms)",
            ["Form", "ICC", "95% CI"],
            a.Total.Icc.Select(i => (IReadOnlyList<string>)[i.Type, D(i.Value, 3), $"{D(i.Lower, 3)}–{D(i.Upper, 3)}"]).ToList(),
            "The F test of ICC = 0 is left out: agreement between two readers of the same scan is not in question, its size is (F, df and p are in results.json, agreement.total.icc)."));

        if (a.Total.BlandAltman is { } b)
        {
            yield return new FigureBlock(new BlandAltmanFigure(new BlandAltmanPlot("bland-altman-total",
                $"Bland–Altman plot of the SIOPEN total, {first} vs {second}: difference against mean per scan, bias (solid) and 95% limits of agreement (dashed)." +
                (totals.Count == 0 ? " Per-scan points are not in results.json; only the lines are drawn." : ""),
                totals, b.Bias, b.Lower, b.Upper, (first, second))));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static IReadOnlyList<string> Row(string label, AgreementResult? x, string? note)
    {
        if (x is null) return [label, "–", note ?? "–", "–", "–", "–"];
        var icc = x.Icc.FirstOrDefault(i => i.Type == "ICC2");
        return
        [
            label, N(x.N), icc is null || double.IsNaN(icc.Value) ? "–" : $"{D(icc.Value, 3)} ({D(icc.Lower, 3)}–{D(icc.Upper, 3)})",
            D(x.Kappa?.Linear, 3), D(x.Kappa?.Quadratic, 3), D(x.Kappa?.Unweighted, 3),
        ];
    }
}

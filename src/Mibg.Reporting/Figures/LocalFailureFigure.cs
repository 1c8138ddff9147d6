using System.Globalization;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Reporting.Drawing;
using SkiaSharp;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Cumulative incidence of local failure of persistent sites, irradiated vs not irradiated (docs/analysis.md step 8b:
/// Aalen–Johansen with relapse elsewhere, second malignancy and death as competing events), with the number of sites
/// at risk under the time axis and Casey et al.'s 5-year local failure of irradiated sites marked as reference points
/// (1 − 67% for sites still mIBG-avid, 1 − 81% for all irradiated metastases). Draws what results.json holds.
/// </summary>
/// <param name="incidence">The cumulative incidence of local failure from results.json.</param>
/// <param name="sites">Every persistent site (time, arm), for the numbers at risk.</param>
/// <param name="stopBelowAtRisk">An arm's curve stops where fewer than this many of its sites are still at risk
/// (plan <c>endpoints.curve_stops_below_at_risk</c>, as the Kaplan–Meier figures); 0 draws whole curves.</param>
public sealed class LocalFailureFigure(LocalFailureIncidence incidence, IReadOnlyList<LocalControlSite> sites, int stopBelowAtRisk = 0) : ReportFigure
{
    private const float TickFont = 13f;
    private const float TitleFont = 15f;
    private const float Left = 128f;
    private const float Top = 46f;
    private const float PlotHeight = 300f;
    private const float RiskRowHeight = 22f;
    private const double CaseyYears = 5;

    private static readonly (string Arm, string Label)[] Arms = [("irradiated", "Irradiated"), ("not_irradiated", "Not irradiated")];
    private readonly IReadOnlyList<SKColor> colours = Ink.GroupColours(2);

    /// <inheritdoc />
    public override string Name => "local-failure-incidence";

    /// <inheritdoc />
    public override string Caption =>
        "Cumulative incidence of local failure of persistent sites (Aalen–Johansen; relapse elsewhere only, second malignancy and death " +
        "without local failure are competing events), irradiated vs not irradiated, from the post-HDC scan; sites are counted once each " +
        "(not independent within a patient: intervals in the table beside come from a patient-level bootstrap)" +
        (stopBelowAtRisk > 0 ? $"; a curve stops where fewer than {stopBelowAtRisk} of its sites remain at risk" : "") + ". Open marks at 5 years: " +
        "Casey et al., IJROBP 2018, local failure of irradiated sites still mIBG-avid (33%) and of all irradiated metastases (19%).";

    /// <inheritdoc />
    public override float Width => 760f;

    /// <inheritdoc />
    public override float Height => Top + PlotHeight + 70f + 30f + (RiskRowHeight * Arms.Length) + 16f;

    private static float Right => 760f - 170f;

    private double MaxTime => Math.Max(CaseyYears, sites.Count == 0 ? 1 : sites.Max(s => s.TimeYears));

    /// <summary>
    /// Where an arm's curve ends: its last follow-up time, or, with <paramref name="stopBelowAtRisk"/> = k &gt; 0, the k-th
    /// longest follow-up time (the last time at which k sites are still at risk); 0 when the arm has fewer than k sites.
    /// </summary>
    public static double CurveEnd(IReadOnlyList<double> times, int stopBelowAtRisk)
    {
        if (times.Count == 0) return 0;
        var byTime = times.OrderDescending().ToArray();
        return stopBelowAtRisk <= 0 ? byTime[0] : byTime.Length >= stopBelowAtRisk ? byTime[stopBelowAtRisk - 1] : 0;
    }

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas)
    {
        var ticks = AxisTicks.Nice(0, MaxTime, 7, coverMax: true);
        var max = ticks[^1];
        float X(double t) => Left + (float)(t / max * (Right - Left));
        float Y(double v) => Top + PlotHeight - (float)(v * PlotHeight);
        var bottom = Top + PlotHeight;

        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        canvas.DrawLine(Left, Top, Left, bottom, axis);
        canvas.DrawLine(Left, bottom, Right, bottom, axis);
        foreach (var v in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            canvas.DrawLine(Left - 5, Y(v), Left, Y(v), axis);
            CanvasText.DrawCentred(canvas, v.ToString("0.00", CultureInfo.InvariantCulture), Left - 8, Y(v), TickFont, Ink.Text, TextAnchor.End);
        }
        CanvasText.DrawVertical(canvas, "Cumulative incidence of local failure", Left - 62f, Top + (PlotHeight / 2f), TitleFont, Ink.Text);
        foreach (var t in ticks)
        {
            canvas.DrawLine(X(t), bottom, X(t), bottom + 5, axis);
            CanvasText.Draw(canvas, AxisTicks.Label(t), X(t), bottom + 20, TickFont, Ink.Text, TextAnchor.Middle);
        }
        CanvasText.Draw(canvas, "Years from the post-HDC scan", (Left + Right) / 2f, bottom + 40, TitleFont, Ink.Text, TextAnchor.Middle);

        for (var a = 0; a < Arms.Length; a++)
        {
            var armSites = sites.Where(s => s.Irradiated == (Arms[a].Arm == "irradiated")).ToArray();
            if (armSites.Length == 0) continue;
            // The curve as cmprsk returns it: steps at each event time, drawn flat to the arm's last follow-up.
            var steps = incidence.Curves.FirstOrDefault(c => c.Arm == Arms[a].Arm)?.Steps ?? [];
            // The curve ends at the arm's last follow-up, or earlier where fewer than stopBelowAtRisk sites remain:
            // at the k-th longest follow-up time, the last time at which k sites are still at risk.
            var end = CurveEnd(armSites.Select(s => s.TimeYears).ToArray(), stopBelowAtRisk);
            using var path = new SKPath();
            path.MoveTo(X(0), Y(0));
            var level = 0.0;
            foreach (var p in steps.Where(p => p.Time > 0 && p.Time <= end))
            {
                path.LineTo(X(p.Time), Y(level));
                path.LineTo(X(p.Time), Y(p.Estimate));
                level = p.Estimate;
            }
            path.LineTo(X(end), Y(level));
            using var line = Ink.Stroke(colours[a], 2.5f);
            canvas.DrawPath(path, line);
        }

        // Casey 2018 at 5 years (local failure = 1 − local control): open circles, each joined by a dotted leader to its
        // label in the right margin (a label beside the marker would sit on the curves).
        using var mark = Ink.Stroke(Ink.Text, 1.5f);
        using var leader = Ink.Stroke(Ink.Muted, 0.8f, [2f, 3f]);
        foreach (var (value, label) in new[] { (1 - 0.67, "Casey, avid sites: 33%"), (1 - 0.81, "Casey, all sites: 19%") })
        {
            canvas.DrawCircle(X(CaseyYears), Y(value), 5f, mark);
            canvas.DrawLine(X(CaseyYears) + 6f, Y(value), Right + 4f, Y(value), leader);
            CanvasText.DrawCentred(canvas, label, Right + 8f, Y(value), 12f, Ink.Muted);
        }

        // Legend above the plot.
        var x = Left + 10f;
        for (var a = 0; a < Arms.Length; a++)
        {
            using var line = Ink.Stroke(colours[a], 2.5f);
            canvas.DrawLine(x, 20f, x + 28, 20f, line);
            var label = Arms[a].Label + " sites";
            CanvasText.DrawCentred(canvas, label, x + 34, 20f, TickFont, Ink.Text);
            x += 34 + CanvasText.Width(label, TickFont) + 24;
        }

        // Number of sites at risk (time ≥ t), aligned with the ticks.
        var riskTop = bottom + 70f;
        CanvasText.Draw(canvas, "Sites at risk", Left, riskTop, TitleFont, Ink.Text);
        for (var a = 0; a < Arms.Length; a++)
        {
            var times = sites.Where(s => s.Irradiated == (Arms[a].Arm == "irradiated")).Select(s => s.TimeYears).Order().ToArray();
            var at = new AtRiskGroup(Arms[a].Label, times);
            var cy = riskTop + 14f + (RiskRowHeight * a) + (RiskRowHeight / 2f);
            CanvasText.DrawCentred(canvas, Arms[a].Label, Left - 24, cy, TickFont, colours[a], TextAnchor.End);
            foreach (var t in ticks)
                CanvasText.DrawCentred(canvas, at.AtRiskAt(t).ToString(CultureInfo.InvariantCulture), X(t), cy, TickFont, Ink.Text, TextAnchor.Middle);
        }
    }
}

using System.Globalization;
using Mibg.Reporting.Drawing;
using Mibg.Statistics.CompetingRisks;
using SkiaSharp;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Cumulative incidence curves in the layout cmprsk and tidycmprsk users expect: one panel per cause (stacked, same
/// time axis), one step curve per group, Gray's test p in each panel when groups are compared, and the number at
/// risk per group under the time axis, aligned with its ticks (as the Kaplan–Meier figure).
/// </summary>
public sealed class CumulativeIncidenceFigure(string name, CumulativeIncidenceResult fit, IReadOnlyList<AtRiskGroup> atRisk, string timeTitle, string groupTitle = "") : ReportFigure
{
    private const float TickFont = 13f;
    private const float TitleFont = 15f;
    private const float PanelHeight = 220f;
    private const float PanelGap = 70f;
    private const float RiskRowHeight = 22f;
    private const float LegendHeight = 40f;

    private readonly IReadOnlyList<SKColor> colours = Ink.GroupColours(fit.Groups.Count);

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string Caption => "Cumulative incidence (Aalen–Johansen) by cause" + (fit.Groups.Count > 1 ? "; Gray's test per cause" : "");

    /// <inheritdoc />
    public override float Width => 760f;

    /// <inheritdoc />
    public override float Height => LegendHeight + (fit.Causes.Count * (PanelHeight + PanelGap)) + 34f + (RiskRowHeight * atRisk.Count) + 52f;

    private float Left => Math.Max(84f, atRisk.Count == 0 ? 0f : atRisk.Max(g => CanvasText.Width(g.Label, TickFont)) + 34f);

    private float Right => Width - 24f;

    private double MaxTime => Math.Max(fit.Curves.Max(c => c.Steps[^1].Time), double.Epsilon);

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas)
    {
        var ticks = AxisTicks.Nice(0, MaxTime, 7);
        var pad = 0.04 * MaxTime;
        var (left, right) = (Left, Right);
        float X(double t) => left + (float)((t + pad) / (MaxTime + (2 * pad)) * (right - left));
        DrawLegend(canvas);
        var top = LegendHeight;
        for (var c = 0; c < fit.Causes.Count; c++)
        {
            DrawPanel(canvas, fit.Causes[c], top, ticks, X);
            top += PanelHeight + PanelGap;
        }

        DrawRiskTable(canvas, ticks, X, top - PanelGap + 58f);
    }

    private void DrawLegend(SKCanvas canvas)
    {
        if (fit.Groups.Count < 2)
        {
            return;
        }

        var widths = fit.Groups.Select(g => 34f + CanvasText.Width(g, TickFont) + 18f).ToList();
        var lead = groupTitle.Length == 0 ? 0f : CanvasText.Width(groupTitle, TickFont) + 12f;
        var x = (Width - widths.Sum() - lead) / 2f;
        if (lead > 0)
        {
            CanvasText.DrawCentred(canvas, groupTitle, x, 20f, TickFont, Ink.Text);
            x += lead;
        }

        for (var g = 0; g < fit.Groups.Count; g++)
        {
            using var line = Ink.Stroke(colours[g], 2.5f);
            canvas.DrawLine(x, 20f, x + 28, 20f, line);
            CanvasText.DrawCentred(canvas, fit.Groups[g], x + 34, 20f, TickFont, Ink.Text);
            x += widths[g];
        }
    }

    private void DrawPanel(SKCanvas canvas, string cause, float top, IReadOnlyList<double> ticks, Func<double, float> x)
    {
        var bottom = top + PanelHeight;
        float Y(double v) => bottom - (float)((v + 0.04) / 1.08 * PanelHeight);
        CanvasText.Draw(canvas, $"Cause {cause}", Left, top - 6f, TitleFont, Ink.Text, bold: true);
        for (var g = 0; g < fit.Groups.Count; g++)
        {
            var curve = fit.Curves.FirstOrDefault(c => c.Cause == cause && c.Group == fit.Groups[g]);
            if (curve is null)
            {
                continue;
            }

            using var path = new SKPath();
            path.MoveTo(x(curve.Steps[0].Time), Y(curve.Steps[0].Estimate));
            foreach (var point in curve.Steps.Skip(1))
            {
                path.LineTo(x(point.Time), Y(point.Estimate));
            }

            using var line = Ink.Stroke(colours[g], 2.5f);
            canvas.DrawPath(path, line);
        }

        if (fit.Test(cause) is { } test)
        {
            var label = "Gray's test " + (test.P is { } p ? PValueText.Format(p) : "not computable");
            CanvasText.Draw(canvas, label, Left + 10f, Y(0.93), 15f, Ink.Text);
        }

        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        canvas.DrawLine(Left, top, Left, bottom, axis);
        canvas.DrawLine(Left, bottom, Right, bottom, axis);
        foreach (var v in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            canvas.DrawLine(Left - 5, Y(v), Left, Y(v), axis);
            CanvasText.DrawCentred(canvas, v.ToString("0.00", CultureInfo.InvariantCulture), Left - 8, Y(v), TickFont, Ink.Text, TextAnchor.End);
        }

        CanvasText.DrawVertical(canvas, "Cumulative incidence", Left - 62f, (top + bottom) / 2f, TitleFont, Ink.Text);
        DrawTimeAxis(canvas, ticks, x, bottom);
    }

    private void DrawTimeAxis(SKCanvas canvas, IReadOnlyList<double> ticks, Func<double, float> x, float axisY)
    {
        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        foreach (var t in ticks)
        {
            canvas.DrawLine(x(t), axisY, x(t), axisY + 5, axis);
            CanvasText.Draw(canvas, AxisTicks.Label(t), x(t), axisY + 20, TickFont, Ink.Text, TextAnchor.Middle);
        }

        CanvasText.Draw(canvas, timeTitle, (Left + Right) / 2f, axisY + 40, TitleFont, Ink.Text, TextAnchor.Middle);
    }

    private void DrawRiskTable(SKCanvas canvas, IReadOnlyList<double> ticks, Func<double, float> x, float top)
    {
        CanvasText.Draw(canvas, "Number at risk", Left, top + 16, TitleFont, Ink.Text);
        var rowsTop = top + 30f;
        for (var i = 0; i < atRisk.Count; i++)
        {
            var cy = rowsTop + (RiskRowHeight * i) + (RiskRowHeight / 2f);
            var colour = fit.Groups.Count > 1 ? colours[i] : Ink.Text;
            CanvasText.DrawCentred(canvas, atRisk[i].Label, Left - 8, cy, TickFont, colour, TextAnchor.End);
            foreach (var t in ticks)
            {
                CanvasText.DrawCentred(canvas, atRisk[i].AtRiskAt(t).ToString(CultureInfo.InvariantCulture), x(t), cy, TickFont, Ink.Text, TextAnchor.Middle);
            }
        }
    }
}

/// <summary>The follow-up times of one group, for the number at risk under a time axis.</summary>
/// <param name="Label">Group label.</param>
/// <param name="Times">Every subject's time (failure or censoring), ascending.</param>
public sealed record AtRiskGroup(string Label, IReadOnlyList<double> Times)
{
    /// <summary>Subjects still at risk at <paramref name="time"/>: those whose time is ≥ it.</summary>
    public int AtRiskAt(double time)
    {
        int lo = 0, hi = Times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Times[mid] < time) lo = mid + 1;
            else hi = mid;
        }

        return Times.Count - lo;
    }
}

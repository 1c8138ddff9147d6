using System.Globalization;
using Mibg.Reporting.Drawing;
using Mibg.Statistics.CompetingRisks;
using SkiaSharp;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Cumulative incidence curves in the layout cmprsk and tidycmprsk users expect: one panel per cause (stacked, same
/// time axis), one step curve per group, Gray's test p in each panel when groups are compared, and the number at
/// risk per group under the time axis, aligned with its ticks (as the Kaplan–Meier figure). The one drawing code for
/// <c>mibg cuminc --plot</c> and the study report.
/// </summary>
/// <param name="name">File stem.</param>
/// <param name="fit">Curves and Gray's tests; the group labels are drawn as they are.</param>
/// <param name="atRisk">Each group's follow-up times, in <paramref name="fit"/>'s group order.</param>
/// <param name="timeTitle">Title of the time axis.</param>
/// <param name="groupTitle">Title of the legend, or empty.</param>
/// <param name="causeTitles">Panel title per cause code; a cause not listed is titled "Cause k".</param>
/// <param name="caption">Caption; null for the generic one.</param>
/// <param name="panelNotes">Text drawn in a cause's panel where Gray's test would be, for a cause that has no test (e.g. why not).</param>
/// <param name="stopBelowAtRisk">A group's curve ends at the last time at least this many of its patients are still at
/// risk (0 = never: the curve runs to the group's last follow-up time), as the report's Kaplan–Meier curves.</param>
public sealed class CumulativeIncidenceFigure(string name, CumulativeIncidenceResult fit, IReadOnlyList<AtRiskGroup> atRisk, string timeTitle,
    string groupTitle = "", IReadOnlyDictionary<string, string>? causeTitles = null, string? caption = null, int stopBelowAtRisk = 0,
    IReadOnlyDictionary<string, string>? panelNotes = null) : ReportFigure
{
    private const float TickFont = 13f;
    private const float TitleFont = 15f;
    private const float PanelHeight = 220f;
    private const float PanelGap = 70f;
    private const float RiskRowHeight = 22f;
    private const float LegendHeight = 56f;

    private readonly IReadOnlyList<SKColor> colours = Ink.GroupColours(fit.Groups.Count);

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string Caption => caption ?? "Cumulative incidence (Aalen–Johansen) by cause" + (fit.Groups.Count > 1 ? "; Gray's test per cause" : "");

    /// <inheritdoc />
    public override float Width => 760f;

    /// <inheritdoc />
    public override float Height => LegendHeight + (fit.Causes.Count * (PanelHeight + PanelGap)) + 34f + (RiskRowHeight * atRisk.Count) + 52f;

    private float Left => Math.Max(84f, atRisk.Count == 0 ? 0f : atRisk.Max(g => CanvasText.Width(g.Label, TickFont)) + 34f);

    private float Right => Width - 24f;

    private double MaxTime => Math.Max(fit.Curves.Max(c => Visible(c.Steps, IndexOf(c.Group))[^1].Time), double.Epsilon);

    private int IndexOf(string group)
    {
        for (var i = 0; i < fit.Groups.Count; i++)
        {
            if (fit.Groups[i] == group)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

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
        var title = causeTitles is not null && causeTitles.TryGetValue(cause, out var t) ? t : $"Cause {cause}";
        CanvasText.Draw(canvas, title, Left, top - 6f, TitleFont, Ink.Text, bold: true);
        for (var g = 0; g < fit.Groups.Count; g++)
        {
            var curve = fit.Curves.FirstOrDefault(c => c.Cause == cause && c.Group == fit.Groups[g]);
            if (curve is null)
            {
                continue;
            }

            var steps = Visible(curve.Steps, g);
            using var path = new SKPath();
            path.MoveTo(x(steps[0].Time), Y(steps[0].Estimate));
            foreach (var point in steps.Skip(1))
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
        else if (panelNotes is not null && panelNotes.TryGetValue(cause, out var note))
        {
            CanvasText.Draw(canvas, note, Left + 10f, Y(0.93), 15f, Ink.Text);
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

    /// <summary>The corner points up to the last time at least <c>stopBelowAtRisk</c> of group <paramref name="g"/> are at risk.</summary>
    private IReadOnlyList<CumulativeIncidencePoint> Visible(IReadOnlyList<CumulativeIncidencePoint> steps, int g)
    {
        if (stopBelowAtRisk <= 0 || g >= atRisk.Count)
        {
            return steps;
        }

        var times = atRisk[g].Times;
        if (times.Count < stopBelowAtRisk)
        {
            return [steps[0]];
        }

        // Times ascending: the k-th largest is the last time with k or more still at risk.
        var end = times[times.Count - stopBelowAtRisk];
        var kept = steps.Where(p => p.Time <= end).ToList();
        if (kept[^1].Time < end)
        {
            kept.Add(kept[^1] with { Time = end });
        }

        return kept;
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

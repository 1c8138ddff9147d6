using SkiaSharp;
using Mibg.Reporting.Drawing;

namespace Mibg.Reporting.Figures;

/// <summary>
/// A Kaplan–Meier plot in the layout of R survminer's
/// <c>ggsurvplot(fit, risk.table = TRUE, conf.int = TRUE, pval = TRUE, surv.median.line = "hv")</c>:
/// legend on top, step curves with + censor marks and a shaded confidence band, dashed median lines,
/// the log-rank p inside the panel, and the number at risk under the time axis, aligned with its ticks.
/// </summary>
public sealed class KaplanMeierFigure(SurvivalPlot plot) : ReportFigure
{
    private const float TickFont = 13f;
    private const float TitleFont = 15f;
    private const float PanelHeight = 300f;
    private const float RiskRowHeight = 22f;
    private const float RightMargin = 24f;
    private const double YMin = -0.05;
    private const double YMax = 1.05;

    private readonly IReadOnlyList<SKColor> colours = Ink.GroupColours(plot.Curves.Count);
    private IReadOnlyList<IReadOnlyList<int>>? legendRows;
    private float? left;

    /// <inheritdoc />
    public override string Name => plot.Name;

    /// <inheritdoc />
    public override string Caption => plot.Caption;

    /// <inheritdoc />
    public override float Width => 760f;

    /// <inheritdoc />
    public override float Height => PanelTop + PanelHeight + 58f + 34f + (RiskRowHeight * plot.Curves.Count) + 52f;

    private IReadOnlyList<IReadOnlyList<int>> LegendRows => legendRows ??= LayoutLegend();

    private float PanelTop => 18f + (LegendRows.Count * 22f) + 18f;

    private float Left => left ??= Math.Max(
        74f,
        plot.Curves.Count == 0 ? 0f : plot.Curves.Max(c => CanvasText.Width(c.Label, TickFont)) + 34f);

    private float Right => Width - RightMargin;

    private double MaxTime
    {
        get
        {
            var max = plot.Curves.SelectMany(c => c.Steps).Select(s => s.Time).DefaultIfEmpty(0).Max();
            return max > 0 ? max : 1;
        }
    }

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas)
    {
        var (Left, Right) = (this.Left, this.Right);
        var ticks = AxisTicks.Nice(0, MaxTime, 7);
        var pad = 0.05 * MaxTime;
        var (dMin, dMax) = (-pad, MaxTime + pad);
        var top = PanelTop;
        var bottom = top + PanelHeight;
        float X(double t) => Left + (float)((t - dMin) / (dMax - dMin) * (Right - Left));
        float Y(double s) => bottom - (float)((s - YMin) / (YMax - YMin) * PanelHeight);

        DrawLegend(canvas);
        for (var i = 0; i < plot.Curves.Count; i++)
        {
            DrawBand(canvas, plot.Curves[i], colours[i], X, Y);
        }

        DrawMedianLines(canvas, X, Y);
        for (var i = 0; i < plot.Curves.Count; i++)
        {
            DrawCurve(canvas, plot.Curves[i], colours[i], X, Y);
        }

        if (plot.LogRankP is { } p)
        {
            var label = "Log-rank " + PValueText.Format(p);
            var width = CanvasText.Width(label, 16f);
            var (px, py) = PValuePlace(width, X, Y);
            using var backing = Ink.Fill(SKColors.White.WithAlpha(200));
            canvas.DrawRect(px - 4, py - 18, width + 8, 24, backing);
            CanvasText.Draw(canvas, label, px, py, 16f, Ink.Text);
        }

        DrawAxes(canvas, ticks, X, Y, top, bottom, plot.XTitle);
        CanvasText.DrawVertical(canvas, plot.YTitle, Left - 62f, (top + bottom) / 2f, TitleFont, Ink.Text);
        DrawRiskTable(canvas, ticks, X, bottom + 58f);
    }

    /// <summary>
    /// Where the p-value goes: survminer's place (bottom left) unless curves or bands pass there, then the
    /// candidate corner crossed by the fewest curve points.
    /// </summary>
    private (float X, float Y) PValuePlace(float width, Func<double, float> x, Func<double, float> y)
    {
        var points = new List<SKPoint>();
        foreach (var c in plot.Curves)
        {
            var s = 1.0;
            foreach (var st in c.Steps)
            {
                for (var k = 0; k <= 4; k++)
                {
                    var v = s + ((st.Survival - s) * k / 4.0);
                    points.Add(new SKPoint(x(st.Time), y(v)));
                }

                points.Add(new SKPoint(x(st.Time), y(st.Lower ?? st.Survival)));
                points.Add(new SKPoint(x(st.Time), y(st.Upper ?? st.Survival)));
                s = st.Survival;
            }
        }

        var medians = plot.Curves.Where(c => c.Median is not null).Select(c => c.Median!.Value).ToList();
        foreach (var m in medians)
        {
            for (var v = 0.0; v <= 0.5; v += 0.02)
            {
                points.Add(new SKPoint(x(m), y(v)));
            }
        }

        if (medians.Count > 0)
        {
            for (var t = 0.0; t <= medians.Max(); t += medians.Max() / 40)
            {
                points.Add(new SKPoint(x(t), y(0.5)));
            }
        }

        var candidates = new[]
        {
            (x(0) + 8, y(0.2)), (x(0) + 8, y(0.06)), (Right - width - 12, y(0.06)), (Right - width - 12, y(0.2)),
            (Right - width - 12, y(0.94)), (Right - width - 12, y(0.62)),
        };
        return candidates.OrderBy(cand => points.Count(pt =>
            pt.X >= cand.Item1 - 6 && pt.X <= cand.Item1 + width + 6 && pt.Y >= cand.Item2 - 20 && pt.Y <= cand.Item2 + 8)).First();
    }

    private List<IReadOnlyList<int>> LayoutLegend()
    {
        var rows = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        var width = CanvasText.Width("Strata", TickFont) + 12f;
        for (var i = 0; i < plot.Curves.Count; i++)
        {
            var w = LegendItemWidth(i);
            if (current.Count > 0 && width + w > Width - 40f)
            {
                rows.Add(current);
                current = [];
                width = 0f;
            }

            current.Add(i);
            width += w;
        }

        rows.Add(current);
        return rows;
    }

    private float LegendItemWidth(int i) => 34f + CanvasText.Width(plot.Curves[i].Label, TickFont) + 18f;

    private void DrawLegend(SKCanvas canvas)
    {
        var rows = LegendRows;
        for (var r = 0; r < rows.Count; r++)
        {
            var lead = r == 0 ? CanvasText.Width("Strata", TickFont) + 12f : 0f;
            var total = lead + rows[r].Sum(LegendItemWidth);
            var x = (Width - total) / 2f;
            var cy = 22f + (r * 22f);
            if (r == 0)
            {
                CanvasText.DrawCentred(canvas, "Strata", x, cy, TickFont, Ink.Text);
                x += lead;
            }

            foreach (var i in rows[r])
            {
                using var band = Ink.Fill(colours[i].WithAlpha(70));
                canvas.DrawRect(x, cy - 9, 28, 18, band);
                using var line = Ink.Stroke(colours[i], 2.5f);
                canvas.DrawLine(x, cy, x + 28, cy, line);
                canvas.DrawLine(x + 14, cy - 5, x + 14, cy + 5, line);
                CanvasText.DrawCentred(canvas, plot.Curves[i].Label, x + 34, cy, TickFont, Ink.Text);
                x += LegendItemWidth(i);
            }
        }
    }

    private static void DrawBand(SKCanvas canvas, SurvivalCurve curve, SKColor colour, Func<double, float> x, Func<double, float> y)
    {
        if (curve.Steps.Count == 0)
        {
            return;
        }

        var upper = new List<SKPoint> { new(x(0), y(1)) };
        var lower = new List<SKPoint> { new(x(0), y(1)) };
        double up = 1, lo = 1;
        foreach (var step in curve.Steps)
        {
            upper.Add(new SKPoint(x(step.Time), y(up)));
            lower.Add(new SKPoint(x(step.Time), y(lo)));
            up = step.Upper ?? step.Survival;
            lo = step.Lower ?? step.Survival;
            upper.Add(new SKPoint(x(step.Time), y(up)));
            lower.Add(new SKPoint(x(step.Time), y(lo)));
        }

        using var path = new SKPath();
        path.MoveTo(upper[0]);
        foreach (var pt in upper.Skip(1))
        {
            path.LineTo(pt);
        }

        for (var k = lower.Count - 1; k >= 0; k--)
        {
            path.LineTo(lower[k]);
        }

        path.Close();
        using var fill = Ink.Fill(colour.WithAlpha(64));
        canvas.DrawPath(path, fill);
    }

    private static void DrawCurve(SKCanvas canvas, SurvivalCurve curve, SKColor colour, Func<double, float> x, Func<double, float> y)
    {
        using var path = new SKPath();
        path.MoveTo(x(0), y(1));
        var s = 1.0;
        foreach (var step in curve.Steps)
        {
            path.LineTo(x(step.Time), y(s));
            s = step.Survival;
            path.LineTo(x(step.Time), y(s));
        }

        using var line = Ink.Stroke(colour, 2.5f);
        canvas.DrawPath(path, line);
        using var mark = Ink.Stroke(colour, 1.6f);
        foreach (var step in curve.Steps.Where(st => st.Censored > 0))
        {
            var (cx, cy) = (x(step.Time), y(step.Survival));
            canvas.DrawLine(cx - 5, cy, cx + 5, cy, mark);
            canvas.DrawLine(cx, cy - 5, cx, cy + 5, mark);
        }
    }

    private void DrawMedianLines(SKCanvas canvas, Func<double, float> x, Func<double, float> y)
    {
        var medians = plot.Curves.Where(c => c.Median is not null).Select(c => c.Median!.Value).ToList();
        if (medians.Count == 0)
        {
            return;
        }

        using var dash = Ink.Stroke(Ink.Text, 1.3f, [6f, 4f]);
        canvas.DrawLine(x(0), y(0.5), x(medians.Max()), y(0.5), dash);
        foreach (var m in medians)
        {
            canvas.DrawLine(x(m), y(0.5), x(m), y(0), dash);
        }
    }

    private void DrawAxes(SKCanvas canvas, IReadOnlyList<double> ticks, Func<double, float> x, Func<double, float> y,
        float top, float bottom, string title)
    {
        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        canvas.DrawLine(Left, top, Left, bottom, axis);
        canvas.DrawLine(Left, bottom, Right, bottom, axis);
        foreach (var s in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            canvas.DrawLine(Left - 5, y(s), Left, y(s), axis);
            CanvasText.DrawCentred(canvas, s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                Left - 8, y(s), TickFont, Ink.Text, TextAnchor.End);
        }

        DrawTimeAxis(canvas, ticks, x, bottom, title);
    }

    private void DrawTimeAxis(SKCanvas canvas, IReadOnlyList<double> ticks, Func<double, float> x, float axisY, string title)
    {
        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        foreach (var t in ticks)
        {
            canvas.DrawLine(x(t), axisY, x(t), axisY + 5, axis);
            CanvasText.Draw(canvas, AxisTicks.Label(t), x(t), axisY + 20, TickFont, Ink.Text, TextAnchor.Middle);
        }

        CanvasText.Draw(canvas, title, (Left + Right) / 2f, axisY + 40, TitleFont, Ink.Text, TextAnchor.Middle);
    }

    private void DrawRiskTable(SKCanvas canvas, IReadOnlyList<double> ticks, Func<double, float> x, float top)
    {
        CanvasText.Draw(canvas, "Number at risk", Left, top + 16, TitleFont, Ink.Text);
        var rowsTop = top + 30f;
        for (var i = 0; i < plot.Curves.Count; i++)
        {
            var cy = rowsTop + (RiskRowHeight * i) + (RiskRowHeight / 2f);
            var curve = plot.Curves[i];
            CanvasText.DrawCentred(canvas, curve.Label, Left - 8, cy, TickFont, colours[i], TextAnchor.End);
            foreach (var t in ticks)
            {
                CanvasText.DrawCentred(canvas, curve.AtRiskAt(t).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    x(t), cy, TickFont, Ink.Text, TextAnchor.Middle);
            }
        }

        var axisY = rowsTop + (RiskRowHeight * plot.Curves.Count) + 4f;
        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        canvas.DrawLine(Left, rowsTop, Left, axisY, axis);
        canvas.DrawLine(Left, axisY, Right, axisY, axis);
        DrawTimeAxis(canvas, ticks, x, axisY, plot.XTitle);
    }
}

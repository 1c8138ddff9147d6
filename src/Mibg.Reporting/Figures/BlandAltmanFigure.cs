using System.Globalization;
using SkiaSharp;
using Mibg.Reporting.Drawing;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Bland–Altman plot (Bland &amp; Altman, Lancet 1986): per scan, the mean of the two readers' SIOPEN totals
/// (x) against their difference (y), with the bias and the 95 % limits of agreement as horizontal lines.
/// Overlapping points are drawn semi-transparent so their density shows.
/// </summary>
public sealed class BlandAltmanFigure(BlandAltmanPlot plot) : ReportFigure
{
    private const float Left = 70f;
    private const float Top = 20f;
    private const float PanelWidth = 560f;
    private const float PanelHeight = 300f;

    /// <inheritdoc />
    public override string Name => plot.Name;

    /// <inheritdoc />
    public override string Caption => plot.Caption;

    /// <inheritdoc />
    public override float Width => Left + PanelWidth + 150f;

    /// <inheritdoc />
    public override float Height => Top + PanelHeight + 60f;

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas)
    {
        var means = plot.Pairs.Select(p => (p.Reader1 + p.Reader2) / 2).ToList();
        var diffs = plot.Pairs.Select(p => p.Reader1 - p.Reader2).ToList();
        var xMax = Math.Max(1, means.DefaultIfEmpty(0).Max());
        var yAbs = new[] { Math.Abs(plot.Lower), Math.Abs(plot.Upper), 1.0 }.Concat(diffs.Select(Math.Abs)).Max() * 1.15;
        var xTicks = AxisTicks.Nice(0, xMax, 7, coverMax: true);
        var yTicks = AxisTicks.Nice(-yAbs, yAbs, 7);
        var (x0, x1) = (xTicks[0], xTicks[^1]);
        float X(double v) => Left + (float)((v - x0) / (x1 - x0) * PanelWidth);
        float Y(double v) => Top + PanelHeight - (float)((v + yAbs) / (2 * yAbs) * PanelHeight);

        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        using var grid = Ink.Stroke(new SKColor(0xEE, 0xEE, 0xEE), 1f);
        foreach (var t in yTicks)
        {
            canvas.DrawLine(Left, Y(t), Left + PanelWidth, Y(t), grid);
            canvas.DrawLine(Left - 5, Y(t), Left, Y(t), axis);
            CanvasText.DrawCentred(canvas, AxisTicks.Label(t), Left - 8, Y(t), 12f, Ink.Text, TextAnchor.End);
        }

        foreach (var t in xTicks)
        {
            canvas.DrawLine(X(t), Top + PanelHeight, X(t), Top + PanelHeight + 5, axis);
            CanvasText.Draw(canvas, AxisTicks.Label(t), X(t), Top + PanelHeight + 19, 12f, Ink.Text, TextAnchor.Middle);
        }

        canvas.DrawLine(Left, Top, Left, Top + PanelHeight, axis);
        canvas.DrawLine(Left, Top + PanelHeight, Left + PanelWidth, Top + PanelHeight, axis);

        using var dot = Ink.Fill(SKColor.Parse("#3182BD").WithAlpha(110));
        for (var i = 0; i < means.Count; i++)
        {
            canvas.DrawCircle(X(means[i]), Y(diffs[i]), 3.5f, dot);
        }

        var limitColour = SKColor.Parse("#D7301F");
        using var biasLine = Ink.Stroke(Ink.Text, 1.5f);
        using var limitLine = Ink.Stroke(limitColour, 1.4f, [6f, 4f]);
        canvas.DrawLine(Left, Y(plot.Bias), Left + PanelWidth, Y(plot.Bias), biasLine);
        canvas.DrawLine(Left, Y(plot.Upper), Left + PanelWidth, Y(plot.Upper), limitLine);
        canvas.DrawLine(Left, Y(plot.Lower), Left + PanelWidth, Y(plot.Lower), limitLine);
        var lx = Left + PanelWidth + 8f;
        CanvasText.DrawCentred(canvas, "bias " + F(plot.Bias), lx, Y(plot.Bias), 12f, Ink.Text);
        CanvasText.DrawCentred(canvas, "upper limit " + F(plot.Upper), lx, Y(plot.Upper), 12f, limitColour);
        CanvasText.DrawCentred(canvas, "lower limit " + F(plot.Lower), lx, Y(plot.Lower), 12f, limitColour);

        CanvasText.Draw(canvas, $"Mean SIOPEN total of {plot.Readers.First} and {plot.Readers.Second} (n = {plot.Pairs.Count.ToString(CultureInfo.InvariantCulture)} scans)",
            Left + (PanelWidth / 2f), Top + PanelHeight + 42, 14f, Ink.Text, TextAnchor.Middle);
        CanvasText.DrawVertical(canvas, $"{plot.Readers.First} − {plot.Readers.Second}", 16f, Top + (PanelHeight / 2f), 14f, Ink.Text);
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}

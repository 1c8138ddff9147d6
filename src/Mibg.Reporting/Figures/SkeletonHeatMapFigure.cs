using System.Globalization;
using SkiaSharp;
using Mibg.Reporting.Drawing;

namespace Mibg.Reporting.Figures;

/// <summary>
/// The skeleton heat map: one schematic skeleton per time point (diagnosis, post-HDC, end of
/// treatment, progression) with each SIOPEN segment shaded by how often it is positive, and a colour
/// scale. Segment shapes: <see cref="BodyOutline"/>.
/// </summary>
public sealed class SkeletonHeatMapFigure(string name, string caption, IReadOnlyList<SkeletonPanel> panels) : ReportFigure
{
    private const float Scale = 0.72f;
    private const float PanelWidth = 175f;
    private const float Top = 52f;
    private const float LegendWidth = 130f;

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string Caption => caption;

    /// <inheritdoc />
    public override float Width => (PanelWidth * Math.Max(1, panels.Count)) + LegendWidth;

    /// <inheritdoc />
    public override float Height => Top + (BodyOutline.Height * Scale) + 34f;

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas)
    {
        var segments = BodyOutline.Segments();
        try
        {
            for (var p = 0; p < panels.Count; p++)
            {
                DrawPanel(canvas, panels[p], segments, p * PanelWidth);
            }

            DrawScale(canvas, (PanelWidth * panels.Count) + 24f);
        }
        finally
        {
            foreach (var (_, path) in segments)
            {
                path.Dispose();
            }
        }
    }

    private static void DrawPanel(SKCanvas canvas, SkeletonPanel panel,
        IReadOnlyList<(Mibg.Core.Scoring.SiopenSegment Segment, SKPath Path)> segments, float left)
    {
        var centre = left + (PanelWidth / 2f);
        CanvasText.Draw(canvas, panel.Title, centre, 20f, 14f, Ink.Text, TextAnchor.Middle, bold: true);
        CanvasText.Draw(canvas, panel.Scans == 0 ? "no scans" : $"n = {panel.Scans.ToString(CultureInfo.InvariantCulture)} scans",
            centre, 38f, 12f, Ink.Muted, TextAnchor.Middle);

        canvas.Save();
        canvas.Translate(centre - (BodyOutline.Width * Scale / 2f), Top);
        canvas.Scale(Scale);
        using var outline = Ink.Stroke(new SKColor(0x44, 0x44, 0x44), 1.4f);
        foreach (var (segment, path) in segments)
        {
            var colour = panel.Scans == 0
                ? new SKColor(0xE3, 0xE3, 0xE3)
                : HeatScale.Colour(panel.PositiveShare.TryGetValue(segment.Code, out var share) ? share : 0);
            using var fill = Ink.Fill(colour);
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, outline);
        }

        canvas.Restore();
        var baseY = Top + (BodyOutline.Height * Scale) + 22f;
        CanvasText.Draw(canvas, "R", centre - 55f, baseY, 11f, Ink.Muted, TextAnchor.Middle);
        CanvasText.Draw(canvas, "L", centre + 55f, baseY, 11f, Ink.Muted, TextAnchor.Middle);
    }

    private void DrawScale(SKCanvas canvas, float x)
    {
        var top = Top + 20f;
        var height = BodyOutline.Height * Scale * 0.6f;
        const float barWidth = 18f;
        CanvasText.Draw(canvas, "Positive", x, top - 26f, 12f, Ink.Text);
        CanvasText.Draw(canvas, "(% of scans)", x, top - 10f, 12f, Ink.Text);
        const int bands = 60;
        for (var k = 0; k < bands; k++)
        {
            var share = 1.0 - ((k + 0.5) / bands);
            using var fill = Ink.Fill(HeatScale.Colour(share));
            canvas.DrawRect(x, top + (k * height / bands), barWidth, (height / bands) + 0.6f, fill);
        }

        using var frame = Ink.Stroke(Ink.Muted, 1f);
        canvas.DrawRect(x, top, barWidth, height, frame);
        foreach (var pct in new[] { 0, 25, 50, 75, 100 })
        {
            var y = top + (height * (1f - (pct / 100f)));
            canvas.DrawLine(x + barWidth, y, x + barWidth + 4, y, frame);
            CanvasText.DrawCentred(canvas, pct.ToString(CultureInfo.InvariantCulture) + "%", x + barWidth + 7, y, 11f, Ink.Text);
        }
    }
}

using System.Globalization;
using SkiaSharp;
using Mibg.Reporting.Drawing;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Draws a <see cref="FlowDiagram"/>: a column of boxes (criterion, n remaining) joined by arrows, an
/// exclusion box to the right of each arrow where patients left, and the eligible cohort's groups as a
/// tree below.
/// </summary>
public sealed class FlowDiagramFigure(FlowDiagram diagram) : ReportFigure
{
    private const float Font = 12f;
    private const float LineHeight = 15f;
    private const float MainWidth = 300f;
    private const float SideWidth = 280f;
    private const float Gap = 26f;
    private const float LeafWidth = 150f;
    private const float LeafGap = 12f;

    /// <inheritdoc />
    public override string Name => diagram.Name;

    /// <inheritdoc />
    public override string Caption => diagram.Caption;

    /// <inheritdoc />
    public override float Width => Math.Max(MainWidth + SideWidth + 80f, (Leaves(diagram.Branches) * (LeafWidth + LeafGap)) + 20f);

    /// <inheritdoc />
    public override float Height => Layout(null);

    private float MainX => ((Width - (MainWidth + SideWidth + 40f)) / 2f) + 0f;

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas) => Layout(canvas);

    private static int Leaves(IReadOnlyList<FlowBranch> branches) =>
        branches.Sum(b => b.Children.Count == 0 ? 1 : Leaves(b.Children));

    private static int Depth(IReadOnlyList<FlowBranch> branches) =>
        branches.Count == 0 ? 0 : 1 + branches.Max(b => Depth(b.Children));

    /// <summary>Lays the diagram out, drawing when <paramref name="canvas"/> is given; returns the height used.</summary>
    private float Layout(SKCanvas? canvas)
    {
        var y = 12f;
        var centre = MainX + (MainWidth / 2f);
        float? previousBottom = null;
        foreach (var step in diagram.Steps)
        {
            var lines = CanvasText.Wrap(step.Label, Font, MainWidth - 20f).ToList();
            lines.Add("n = " + step.N.ToString(CultureInfo.InvariantCulture));
            var height = BoxHeight(lines.Count);
            if (previousBottom is { } pb)
            {
                var excluded = step.ExcludedN > 0;
                var sideLines = excluded
                    ? CanvasText.Wrap($"Excluded (n = {step.ExcludedN.ToString(CultureInfo.InvariantCulture)}): {step.ExclusionText}", Font, SideWidth - 20f)
                    : [];
                var sideHeight = excluded ? BoxHeight(sideLines.Count) : 0f;
                var arrowLength = Math.Max(Gap, sideHeight + 16f);
                if (canvas is not null)
                {
                    Arrow(canvas, centre, pb, centre, pb + arrowLength);
                    if (excluded)
                    {
                        var sx = MainX + MainWidth + 40f;
                        var sy = pb + ((arrowLength - sideHeight) / 2f);
                        Arrow(canvas, centre, sy + (sideHeight / 2f), sx, sy + (sideHeight / 2f));
                        Box(canvas, sx, sy, SideWidth, sideLines, boldLast: false, fill: SKColors.White);
                    }
                }

                y = pb + arrowLength;
            }

            if (canvas is not null)
            {
                Box(canvas, MainX, y, MainWidth, lines, boldLast: true, fill: Ink.BoxFill);
            }

            previousBottom = y + height;
            y += height;
        }

        if (diagram.Branches.Count > 0)
        {
            var leaves = Leaves(diagram.Branches);
            var treeWidth = (leaves * (LeafWidth + LeafGap)) - LeafGap;
            var left = (Width - treeWidth) / 2f;
            y = DrawBranches(canvas, diagram.Branches, left, y, centre);
        }

        return y + 12f;
    }

    private float DrawBranches(SKCanvas? canvas, IReadOnlyList<FlowBranch> branches, float left, float parentBottom, float parentX)
    {
        var top = parentBottom + 34f;
        var height = BoxHeight(3);
        var bottom = top + height;
        var x = left;
        foreach (var branch in branches)
        {
            var span = (Leaves([branch]) * (LeafWidth + LeafGap)) - LeafGap;
            var bx = x + ((span - LeafWidth) / 2f);
            if (canvas is not null)
            {
                using var line = Ink.Stroke(Ink.Muted, 1.2f);
                canvas.DrawLine(parentX, parentBottom, parentX, parentBottom + 14f, line);
                canvas.DrawLine(parentX, parentBottom + 14f, bx + (LeafWidth / 2f), parentBottom + 14f, line);
                Arrow(canvas, bx + (LeafWidth / 2f), parentBottom + 14f, bx + (LeafWidth / 2f), top);
                var lines = CanvasText.Wrap(branch.Label, Font, LeafWidth - 14f).Take(2).ToList();
                lines.Add("n = " + branch.N.ToString(CultureInfo.InvariantCulture));
                Box(canvas, bx, top, LeafWidth, lines, boldLast: true, fill: Ink.BoxFill, fixedHeight: height);
            }

            if (branch.Children.Count > 0)
            {
                bottom = Math.Max(bottom, DrawBranches(canvas, branch.Children, x, top + height, bx + (LeafWidth / 2f)));
            }

            x += span + LeafGap;
        }

        return bottom;
    }

    private static float BoxHeight(int lines) => (lines * LineHeight) + 14f;

    private static void Box(SKCanvas canvas, float x, float y, float width, IReadOnlyList<string> lines, bool boldLast, SKColor fill, float? fixedHeight = null)
    {
        var height = fixedHeight ?? BoxHeight(lines.Count);
        using var paint = Ink.Fill(fill);
        using var border = Ink.Stroke(Ink.Muted, 1.2f);
        using var shape = CubicShapes.RoundRect(SKRect.Create(x, y, width, height), 4);
        canvas.DrawPath(shape, paint);
        canvas.DrawPath(shape, border);
        var textTop = y + ((height - (lines.Count * LineHeight)) / 2f);
        for (var i = 0; i < lines.Count; i++)
        {
            var bold = boldLast && i == lines.Count - 1;
            CanvasText.Draw(canvas, lines[i], x + (width / 2f), textTop + ((i + 1) * LineHeight) - 3.5f, Font, Ink.Text, TextAnchor.Middle, bold);
        }
    }

    private static void Arrow(SKCanvas canvas, float x1, float y1, float x2, float y2)
    {
        using var line = Ink.Stroke(Ink.Muted, 1.2f);
        canvas.DrawLine(x1, y1, x2, y2, line);
        var angle = MathF.Atan2(y2 - y1, x2 - x1);
        using var head = new SKPath();
        head.MoveTo(x2, y2);
        head.LineTo(x2 - (7f * MathF.Cos(angle - 0.4f)), y2 - (7f * MathF.Sin(angle - 0.4f)));
        head.LineTo(x2 - (7f * MathF.Cos(angle + 0.4f)), y2 - (7f * MathF.Sin(angle + 0.4f)));
        head.Close();
        using var fill = Ink.Fill(Ink.Muted);
        canvas.DrawPath(head, fill);
    }
}

using System.Globalization;
using SkiaSharp;
using Mibg.Reporting.Drawing;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Swimmer plot: one line per patient from diagnosis to last contact, coloured by treatment phase,
/// with each scan (labelled with its SIOPEN total), radiotherapy courses (a purple span under the line), disease
/// events (▲ under the line), death (✕) and an arrow when
/// the patient was alive at last contact. Rows are grouped in <paramref name="groupOrder"/> order.
/// </summary>
public sealed class SwimmerFigure(string name, string caption, IReadOnlyList<SwimmerPatient> patients,
    IReadOnlyList<string> groupOrder) : ReportFigure
{
    private const float RowHeight = 28f;
    private const float BarHeight = 9f;
    
    private const float AxisHeight = 52f;
    private const float RightMargin = 30f;

    private static readonly IReadOnlyDictionary<TreatmentPhase, (SKColor Colour, string Label)> PhaseStyle =
        new Dictionary<TreatmentPhase, (SKColor, string)>
        {
            [TreatmentPhase.Induction] = (SKColor.Parse("#C6DBEF"), "Induction"),
            [TreatmentPhase.Hdc] = (SKColor.Parse("#08519C"), "HDC and consolidation"),
            [TreatmentPhase.Maintenance] = (SKColor.Parse("#6BAED6"), "Maintenance"),
            [TreatmentPhase.FollowUp] = (SKColor.Parse("#D0D0D0"), "After treatment"),
        };

    private readonly IReadOnlyList<SwimmerPatient> rows = patients
        .OrderBy(p => Rank(groupOrder, p.Group)).ThenByDescending(p => p.LastContact).ThenBy(p => p.PatientId, StringComparer.Ordinal)
        .ToList();

    private float? legendHeight;
    private float? left;

    private readonly IReadOnlyList<SKColor> groupColours = Ink.GroupColours(Math.Max(1, groupOrder.Count));

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string Caption => caption;

    /// <inheritdoc />
    public override float Width => 860f;

    /// <inheritdoc />
    public override float Height => LegendHeight + (RowHeight * Math.Max(1, rows.Count)) + AxisHeight;

    private float LegendHeight => legendHeight ??= 12f + (LegendRows().Count * 20f) + 8f;

    private float Left => left ??= 20f + rows.Select(p => CanvasText.Width(p.PatientId, 11f)).DefaultIfEmpty(40f).Max() + 14f;

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas)
    {
        var maxTime = Math.Max(1.0, rows.Select(p => Math.Max(p.LastContact, p.Events.Select(e => e.Time).DefaultIfEmpty(0).Max())).DefaultIfEmpty(1).Max());
        var ticks = AxisTicks.Nice(0, maxTime, 8, coverMax: true);
        var xMax = ticks[^1];
        var right = Width - RightMargin;
        var Left = this.Left;
        float X(double t) => Left + (float)(t / xMax * (right - Left));

        DrawLegend(canvas);
        var top = LegendHeight;
        using var grid = Ink.Stroke(new SKColor(0xEE, 0xEE, 0xEE), 1f);
        foreach (var t in ticks)
        {
            canvas.DrawLine(X(t), top, X(t), top + (RowHeight * rows.Count), grid);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            DrawRow(canvas, rows[r], top + (r * RowHeight) + (RowHeight / 2f) + 3f, X);
        }

        var axisY = top + (RowHeight * rows.Count) + 6f;
        using var axis = Ink.Stroke(Ink.Text, 1.2f);
        canvas.DrawLine(Left, axisY, right, axisY, axis);
        foreach (var t in ticks)
        {
            canvas.DrawLine(X(t), axisY, X(t), axisY + 5, axis);
            CanvasText.Draw(canvas, AxisTicks.Label(t), X(t), axisY + 19, 12f, Ink.Text, TextAnchor.Middle);
        }

        CanvasText.Draw(canvas, "Years from diagnosis", (Left + right) / 2f, axisY + 40, 14f, Ink.Text, TextAnchor.Middle);
    }

    private static int Rank(IReadOnlyList<string> order, string group)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], group, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return order.Count;
    }

    private SKColor GroupColour(string group)
    {
        var rank = Rank(groupOrder, group);
        return rank < groupOrder.Count ? groupColours[rank] : Ink.Muted;
    }

    private void DrawRow(SKCanvas canvas, SwimmerPatient patient, float cy, Func<double, float> x)
    {
        using (var tile = Ink.Fill(GroupColour(patient.Group)))
        {
            canvas.DrawRect(8f, cy - 6f, 9f, 12f, tile);
        }

        CanvasText.DrawCentred(canvas, patient.PatientId, Left - 8f, cy, 11f, Ink.Text, TextAnchor.End);
        foreach (var phase in patient.Phases.Where(ph => ph.End > ph.Start))
        {
            using var fill = Ink.Fill(PhaseStyle[phase.Phase].Colour);
            canvas.DrawRect(x(phase.Start), cy - (BarHeight / 2f), x(phase.End) - x(phase.Start), BarHeight, fill);
        }

        if (patient.Alive)
        {
            DrawArrow(canvas, x(patient.LastContact), cy);
        }

        foreach (var course in patient.Radiotherapy ?? [])
        {
            DrawCourse(canvas, course.Metastasis, x(course.Start), x(course.End), cy);
        }

        DrawScans(canvas, patient, cy, x);
        foreach (var e in patient.Events)
        {
            DrawEvent(canvas, e.Kind, x(e.Time), cy);
        }
    }

    private static void DrawScans(SKCanvas canvas, SwimmerPatient patient, float cy, Func<double, float> x)
    {
        using var ring = Ink.Stroke(Ink.Text, 1.2f);
        using var face = Ink.Fill(SKColors.White);
        var lastLabelEnd = float.NegativeInfinity;
        foreach (var scan in patient.Scans.OrderBy(s => s.Time))
        {
            var sx = x(scan.Time);
            canvas.DrawCircle(sx, cy, 3.6f, face);
            canvas.DrawCircle(sx, cy, 3.6f, ring);
            var label = scan.SiopenTotal is { } total ? AxisTicks.Label(Math.Round(total, 1)) : "?";
            var half = CanvasText.Width(label, 9f) / 2f;
            if (sx - half <= lastLabelEnd + 1f)
            {
                continue; // too close to the previous label to be legible; the CSV lists every scan
            }

            CanvasText.Draw(canvas, label, sx, cy - 6.5f, 9f, Ink.Text, TextAnchor.Middle);
            lastLabelEnd = sx + half;
        }
    }

    /// <summary>A radiotherapy course: a span just under the line (at least 4 px wide), dark purple for metastases, light for the primary.</summary>
    private static void DrawCourse(SKCanvas canvas, bool metastasis, float start, float end, float cy)
    {
        using var fill = Ink.Fill(SKColor.Parse(metastasis ? "#7B3294" : "#C2A5CF"));
        canvas.DrawRect(start, cy + (BarHeight / 2f) + 1f, Math.Max(4f, end - start), 3.5f, fill);
    }

    private static void DrawEvent(SKCanvas canvas, string kind, float ex, float cy)
    {
        if (string.Equals(kind, "death", StringComparison.OrdinalIgnoreCase))
        {
            using var cross = Ink.Stroke(Ink.Text, 2f);
            canvas.DrawLine(ex - 4.5f, cy - 4.5f, ex + 4.5f, cy + 4.5f, cross);
            canvas.DrawLine(ex - 4.5f, cy + 4.5f, ex + 4.5f, cy - 4.5f, cross);
            return;
        }

        using var fill = Ink.Fill(SKColor.Parse("#D7301F"));
        using var tri = new SKPath();
        tri.MoveTo(ex - 5.5f, cy + 13f);
        tri.LineTo(ex + 5.5f, cy + 13f);
        tri.LineTo(ex, cy + 3.5f);
        tri.Close();
        canvas.DrawPath(tri, fill);
    }

    /// <summary>Legend entries (symbol, label) flowed into rows that fit the figure width.</summary>
    private IReadOnlyList<IReadOnlyList<(Action<SKCanvas, float, float> Symbol, string Label)>> LegendRows()
    {
        var items = new List<(Action<SKCanvas, float, float>, string)>();
        foreach (var (_, (colour, label)) in PhaseStyle)
        {
            items.Add(((c, x, y) =>
            {
                using var fill = Ink.Fill(colour);
                c.DrawRect(x, y - (BarHeight / 2f), 20f, BarHeight, fill);
            }, label));
        }

        items.Add(((c, x, y) =>
        {
            using var ring = Ink.Stroke(Ink.Text, 1.2f);
            c.DrawCircle(x + 10f, y, 3.6f, ring);
        }, "scan (SIOPEN total)"));
        if (rows.Any(p => p.Radiotherapy?.Any(r => r.Metastasis) == true))
        {
            items.Add(((c, x, y) => DrawCourse(c, true, x, x + 20f, y - (BarHeight / 2f) - 2f), "radiotherapy to metastases"));
        }

        if (rows.Any(p => p.Radiotherapy?.Any(r => !r.Metastasis) == true))
        {
            items.Add(((c, x, y) => DrawCourse(c, false, x, x + 20f, y - (BarHeight / 2f) - 2f), "radiotherapy to the primary"));
        }

        items.Add(((c, x, y) => DrawEvent(c, "progression", x + 10f, y - 9f), "progression / relapse"));
        items.Add(((c, x, y) => DrawEvent(c, "death", x + 10f, y), "death"));
        items.Add(((c, x, y) => DrawArrow(c, x + 6f, y), "alive at last contact"));
        for (var g = 0; g < groupOrder.Count; g++)
        {
            var count = rows.Count(p => p.Group == groupOrder[g]);
            if (count == 0)
            {
                continue;
            }

            var colour = groupColours[g];
            items.Add(((c, x, y) =>
            {
                using var tile = Ink.Fill(colour);
                c.DrawRect(x + 5f, y - 6f, 9f, 12f, tile);
            }, $"{groupOrder[g]} ({count.ToString(CultureInfo.InvariantCulture)})"));
        }

        var result = new List<IReadOnlyList<(Action<SKCanvas, float, float>, string)>>();
        var row = new List<(Action<SKCanvas, float, float>, string)>();
        var used = 0f;
        foreach (var item in items)
        {
            var w = ItemWidth(item.Item2);
            if (row.Count > 0 && used + w > Width - 20f)
            {
                result.Add(row);
                row = [];
                used = 0f;
            }

            row.Add(item);
            used += w;
        }

        result.Add(row);
        return result;
    }

    private static float ItemWidth(string label) => 26f + CanvasText.Width(label, 12f) + 18f;

    private void DrawLegend(SKCanvas canvas)
    {
        var legend = LegendRows();
        for (var r = 0; r < legend.Count; r++)
        {
            var x = 10f;
            var y = 14f + (r * 20f);
            foreach (var (symbol, label) in legend[r])
            {
                symbol(canvas, x, y);
                CanvasText.DrawCentred(canvas, label, x + 26f, y, 12f, Ink.Text);
                x += ItemWidth(label);
            }
        }
    }

    private static void DrawArrow(SKCanvas canvas, float x, float cy)
    {
        using var arrow = Ink.Fill(Ink.Muted);
        using var head = new SKPath();
        head.MoveTo(x, cy - 6f);
        head.LineTo(x + 9f, cy);
        head.LineTo(x, cy + 6f);
        head.Close();
        canvas.DrawPath(head, arrow);
    }
}

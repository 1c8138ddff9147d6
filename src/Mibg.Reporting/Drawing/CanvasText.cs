using SkiaSharp;

namespace Mibg.Reporting.Drawing;

/// <summary>Text drawing with the report fonts: anchored, vertically centred, rotated, measured.</summary>
internal static class CanvasText
{
    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="y"/>.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, float size,
        SKColor colour, TextAnchor anchor = TextAnchor.Start, bool bold = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        var font = Cached(size, bold);
        using var paint = Ink.Fill(colour);
        var align = anchor switch
        {
            TextAnchor.Middle => SKTextAlign.Center,
            TextAnchor.End => SKTextAlign.Right,
            _ => SKTextAlign.Left,
        };
        canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>Draws <paramref name="text"/> vertically centred on <paramref name="centreY"/>.</summary>
    public static void DrawCentred(SKCanvas canvas, string text, float x, float centreY, float size,
        SKColor colour, TextAnchor anchor = TextAnchor.Start, bool bold = false) =>
        Draw(canvas, text, x, centreY + (CapHeight(size) / 2f), size, colour, anchor, bold);

    /// <summary>Draws text rotated 90° anticlockwise, centred on (x, y) — a y-axis title.</summary>
    public static void DrawVertical(SKCanvas canvas, string text, float x, float y, float size, SKColor colour, bool bold = false)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees(-90);
        DrawCentred(canvas, text, 0, 0, size, colour, TextAnchor.Middle, bold);
        canvas.Restore();
    }

    /// <summary>Advance width of <paramref name="text"/> at <paramref name="size"/>.</summary>
    public static float Width(string text, float size, bool bold = false) => Cached(size, bold).MeasureText(text);

    [ThreadStatic]
    private static Dictionary<(float Size, bool Bold), SKFont>? fonts;

    /// <summary>One font object per size and weight per thread (SKFont is not thread-safe; figures render in parallel).</summary>
    private static SKFont Cached(float size, bool bold)
    {
        fonts ??= [];
        if (!fonts.TryGetValue((size, bold), out var font))
        {
            font = ReportFonts.Font(size, bold);
            fonts[(size, bold)] = font;
        }

        return font;
    }

    /// <summary>Height of a capital letter at <paramref name="size"/> (DejaVu Sans: 0.729 em).</summary>
    public static float CapHeight(float size) => size * 0.729f;

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, float size, float maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        var font = Cached(size, bold);
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }
}

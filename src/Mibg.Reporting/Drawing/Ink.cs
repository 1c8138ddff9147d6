using SkiaSharp;

namespace Mibg.Reporting.Drawing;

/// <summary>Paint factories and the report's colours (one place for the palette).</summary>
internal static class Ink
{
    /// <summary>Text and axis colour.</summary>
    public static readonly SKColor Text = new(0x1A, 0x1A, 0x1A);

    /// <summary>Secondary text (captions, tick labels of minor importance).</summary>
    public static readonly SKColor Muted = new(0x5A, 0x5A, 0x5A);

    /// <summary>Thin grid and box lines.</summary>
    public static readonly SKColor Rule = new(0xBF, 0xBF, 0xBF);

    /// <summary>Fill of flow-diagram boxes.</summary>
    public static readonly SKColor BoxFill = new(0xF4, 0xF6, 0xF8);

    /// <summary>
    /// ggplot2's default hue palette (what survminer draws), by number of groups; beyond five the
    /// colours repeat.
    /// </summary>
    public static IReadOnlyList<SKColor> GroupColours(int groups) => groups switch
    {
        <= 1 => [SKColor.Parse("#F8766D")],
        2 => [SKColor.Parse("#F8766D"), SKColor.Parse("#00BFC4")],
        3 => [SKColor.Parse("#F8766D"), SKColor.Parse("#00BA38"), SKColor.Parse("#619CFF")],
        4 => [SKColor.Parse("#F8766D"), SKColor.Parse("#7CAE00"), SKColor.Parse("#00BFC4"), SKColor.Parse("#C77CFF")],
        _ => Enumerable.Range(0, groups).Select(i => FivePlus[i % FivePlus.Length]).ToArray(),
    };

    private static readonly SKColor[] FivePlus =
    [
        SKColor.Parse("#F8766D"), SKColor.Parse("#A3A500"), SKColor.Parse("#00BF7D"),
        SKColor.Parse("#00B0F6"), SKColor.Parse("#E76BF3"),
    ];

    /// <summary>A stroke paint.</summary>
    public static SKPaint Stroke(SKColor colour, float width, float[]? dash = null) => new()
    {
        Color = colour,
        StrokeWidth = width,
        Style = SKPaintStyle.Stroke,
        IsAntialias = true,
        StrokeCap = SKStrokeCap.Butt,
        StrokeJoin = SKStrokeJoin.Miter,
        PathEffect = dash is null ? null : SKPathEffect.CreateDash(dash, 0),
    };

    /// <summary>A fill paint.</summary>
    public static SKPaint Fill(SKColor colour) => new() { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
}

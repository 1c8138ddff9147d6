using System.Reflection;
using SkiaSharp;

namespace Mibg.Reporting.Drawing;

/// <summary>
/// The report's typefaces: DejaVu Sans regular and bold, embedded in this assembly so that every
/// figure, the PDF and the PNGs look the same on any machine (no fall-back to a serif face).
/// </summary>
internal static class ReportFonts
{
    /// <summary>Family name written into SVG text and the HTML stylesheet.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>DejaVu Sans.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>DejaVu Sans Bold.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>A font of the given size (in drawing units), regular or bold.</summary>
    // Linear, unhinted advances: the PDF then places a run of text by the font's own widths, so extracted text keeps
    // its words (hinted advances at small sizes made every glyph a separately placed run: "m edian", "SIO PEN").
    public static SKFont Font(float size, bool bold = false) =>
        new(bold ? Bold : Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    private static SKTypeface Load(string file)
    {
        var name = "Mibg.Reporting.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from Mibg.Reporting.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}

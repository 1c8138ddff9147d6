using System.Xml.Linq;

namespace Mibg.Reporting.Tests;

/// <summary>The texts an SVG document shows (content of its &lt;text&gt; elements, trimmed).</summary>
internal static class SvgText
{
    /// <summary>
    /// Each text with the horizontal centre of its glyph run and its baseline. Skia writes one x per glyph; the centre is
    /// taken as (first x + last x + last advance) / 2, with the advance of a DejaVu Sans digit (0.636 em) — so use it
    /// on numbers.
    /// </summary>
    public static IReadOnlyList<(string Text, double Centre, double Baseline)> Numbers(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        var doc = XDocument.Load(stream);
        var list = new List<(string, double, double)>();
        foreach (var e in doc.Descendants().Where(e => e.Name.LocalName == "text"))
        {
            var text = e.Value.Trim();
            if (!text.All(char.IsDigit) || text.Length == 0)
            {
                continue;
            }

            var xs = ((string?)e.Attribute("x") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var y = double.Parse(((string?)e.Attribute("y") ?? "0").Split(',')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var size = double.Parse((string?)e.Attribute("font-size") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            list.Add((text, (xs[0] + xs[^1] + (0.636 * size)) / 2, y));
        }

        return list;
    }

    public static IReadOnlyList<string> Strings(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        var doc = XDocument.Load(stream);
        return doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
    }
}

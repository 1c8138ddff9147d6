using System.Xml.Linq;

namespace Mibg.Reporting.Tests;

/// <summary>The texts an SVG document shows (content of its &lt;text&gt; elements, trimmed).</summary>
internal static class SvgText
{
    public static IReadOnlyList<string> Strings(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        var doc = XDocument.Load(stream);
        return doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
    }
}

using System.Globalization;

namespace Mibg.Reporting.Sections;

/// <summary>Number formatting of the report (invariant culture: a French centre still reads 0.5).</summary>
public static class Numbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>An integer.</summary>
    public static string N(int n) => n.ToString(Inv);

    /// <summary>A number with <paramref name="decimals"/> decimals, "–" for null/NaN.</summary>
    public static string D(double? v, int decimals = 1) =>
        v is { } x && !double.IsNaN(x) ? x.ToString("F" + decimals.ToString(Inv), Inv) : "–";

    /// <summary>A number with up to <paramref name="decimals"/> decimals, trailing zeros dropped (SIOPEN medians: 2, 2.5).</summary>
    public static string G(double? v, int decimals = 1) =>
        v is { } x && !double.IsNaN(x) ? Math.Round(x, decimals).ToString("0." + new string('#', decimals), Inv) : "–";

    /// <summary>A proportion as a percentage, e.g. 0.149 → "14.9%".</summary>
    public static string Pct(double p, int decimals = 1) => (100 * p).ToString("F" + decimals.ToString(Inv), Inv) + "%";

    /// <summary>"median [min–max]", e.g. "2 [1–6]".</summary>
    public static string MedianRange(double? median, double? min, double? max, int decimals = 1) =>
        median is null ? "–" : $"{G(median, decimals)} [{G(min, decimals)}–{G(max, decimals)}]";

    /// <summary>"p = 0.0123" or "p &lt; 0.0001".</summary>
    public static string PIs(double? p) => P(p) is var text && text.StartsWith('<') ? "p " + text : "p = " + text;

    /// <summary>A p-value: three significant digits, "&lt; 0.0001" below.</summary>
    public static string P(double? p) => p switch
    {
        null => "–",
        double x when double.IsNaN(x) => "–",
        < 0.0001 => "< 0.0001",
        double x => x.ToString("G3", Inv),
    };
}

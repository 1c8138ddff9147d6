using System.Globalization;

namespace Mibg.Reporting.Drawing;

/// <summary>How p-values are printed: two significant digits, "&lt; 0.0001" below that (survminer's rule).</summary>
internal static class PValueText
{
    /// <summary>e.g. 0.0013 → "p = 0.0013", 3e-7 → "p &lt; 0.0001".</summary>
    public static string Format(double p)
    {
        if (double.IsNaN(p))
        {
            return "p not computable";
        }

        if (p < 0.0001)
        {
            return "p < 0.0001";
        }

        var digits = Math.Max(0, 1 - (int)Math.Floor(Math.Log10(p)));
        var rounded = Math.Round(p, digits);
        return "p = " + rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }
}

using System.Globalization;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// The order R gives a factor's levels (<c>sort(unique(x))</c>): numeric when every label is a number,
/// otherwise ordinal string order (R's C locale).
/// </summary>
internal static class LevelOrder
{
    public static List<string> Sort(List<string> labels)
    {
        var numbers = new double[labels.Count];
        var allNumeric = true;
        for (var i = 0; i < labels.Count && allNumeric; i++)
            allNumeric = double.TryParse(labels[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]);
        var sorted = new List<string>(labels);
        if (allNumeric)
        {
            var keys = (double[])numbers.Clone();
            var items = sorted.ToArray();
            Array.Sort(keys, items);
            return [.. items];
        }
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }
}

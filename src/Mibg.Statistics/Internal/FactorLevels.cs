using System.Runtime.CompilerServices;
using System.Globalization;

namespace Mibg.Statistics.Internal;

/// <summary>
/// Orders group labels as R's <c>factor()</c> does on a column read by <c>read.csv</c>: numerically when every label
/// is a number, otherwise by R's ICU collation (<see cref="RCollation"/>).
/// </summary>
internal static class FactorLevels
{
    public static string[] Order(IEnumerable<string> labels)
    {
        var distinct = Distinct(labels);
        var numbers = new double[distinct.Length];
        var allNumeric = true;
        for (var i = 0; i < distinct.Length && allNumeric; i++)
            allNumeric = double.TryParse(distinct[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]);
        if (allNumeric)
        {
            Array.Sort(numbers, distinct);
            return distinct;
        }
        Array.Sort(distinct, RCollation.Instance);
        return distinct;
    }

    private static string[] Distinct(IEnumerable<string> labels)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        string? last = null;
        foreach (var label in labels)
            if (!ReferenceEquals(label, last)) { last = label; set.Add(label); }
        return [.. set];
    }

    /// <summary>Codes 0..k−1 of each label in the order of <see cref="Order"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    public static (string[] Levels, int[] Codes) Encode(IReadOnlyList<string> labels)
    {
        var levels = Order(labels);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < levels.Length; i++) index[levels[i]] = i;
        var codes = new int[labels.Count];
        string? last = null;
        var lastCode = -1;
        for (var i = 0; i < codes.Length; i++)
        {
            var label = labels[i];
            // Tables repeat the same string instances (one per level): skip hashing when the reference repeats.
            if (!ReferenceEquals(label, last)) { last = label; lastCode = index[label]; }
            codes[i] = lastCode;
        }
        return (levels, codes);
    }
}

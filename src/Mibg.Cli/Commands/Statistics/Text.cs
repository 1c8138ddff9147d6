using System.Globalization;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Invariant formatting of numbers in the human output of the statistics commands.</summary>
internal static class Text
{
    /// <summary>Up to 4 significant decimals; "—" for null (not reached / undefined).</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "—";

    /// <summary>A p-value: "&lt; 0.0001" below that, else 4 decimals.</summary>
    public static string P(double value) =>
        value < 1e-4 ? "< 0.0001" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>An integer count.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

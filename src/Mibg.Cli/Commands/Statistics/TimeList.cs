using System.Globalization;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>A comma-separated list of times given on the command line (<c>--at 365,730</c>).</summary>
internal static class TimeList
{
    /// <summary>The times, or null when the text is empty or any entry is not a finite number ≥ 0.</summary>
    public static double[]? Parse(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var times = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out times[i]) || !double.IsFinite(times[i]) || times[i] < 0)
                return null;
        return parts.Length == 0 ? null : times;
    }
}

using System.Globalization;
using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Parses <c>--levels</c>: an integer range <c>0..6</c> or a list <c>0,1,2.5</c>.</summary>
internal static class RatingLevels
{
    public static double[] Parse(string text)
    {
        var range = text.Split("..", StringSplitOptions.TrimEntries);
        if (range.Length == 2)
        {
            if (int.TryParse(range[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(range[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var to) && from < to)
                return Enumerable.Range(from, to - from + 1).Select(i => (double)i).ToArray();
            throw new UserInputException($"--levels '{text}': a range is two integers, the first smaller, e.g. 0..6.");
        }
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var levels = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out levels[i]))
                throw new UserInputException($"--levels '{text}': '{parts[i]}' is not a number; write a range 0..6 or a list 0,1,2.");
        if (levels.Length < 2 || levels.Distinct().Count() != levels.Length)
            throw new UserInputException($"--levels '{text}': give at least two distinct levels.");
        return levels;
    }
}

using System.Globalization;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Trial;

namespace Mibg.Cli.Commands.Trial;

/// <summary>Reads the numeric options of <c>mibg trial</c> (invariant culture) with errors that name the option.</summary>
internal static class TrialOptionValues
{
    /// <summary>A required number; <paramref name="meaning"/> says what to give, e.g. "the hazard ratio experimental:control, e.g. 0.6".</summary>
    public static double Required(string? text, string option, string meaning) =>
        Optional(text, option) ?? throw new UserInputException($"{option} is required: {meaning}");

    /// <summary>An optional number (<c>null</c> when the option is absent).</summary>
    public static double? Optional(string? text, string option)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        var hint = text.Contains(',', StringComparison.Ordinal) ? " (use a dot as the decimal separator, e.g. 0.6)" : "";
        throw new UserInputException($"{option}: '{text}' is not a number{hint}");
    }

    /// <summary>An optional whole number.</summary>
    public static int? OptionalCount(string? text, string option)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        throw new UserInputException($"{option}: '{text}' is not a whole number");
    }

    /// <summary>A required whole number.</summary>
    public static int RequiredCount(string? text, string option, string meaning) =>
        OptionalCount(text, option) ?? throw new UserInputException($"{option} is required: {meaning}");

    /// <summary>Runs <paramref name="action"/>, turning an out-of-range assumption into a message naming its option (exit 1).</summary>
    public static T Checked<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (TrialDesignException e)
        {
            throw new UserInputException($"--{e.Parameter}: {e.Message}");
        }
    }

    /// <summary>Formats a number for tables: up to <paramref name="decimals"/> decimals, invariant culture.</summary>
    public static string Format(double value, int decimals = 2) =>
        value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
}

using System.ComponentModel;
using Mibg.Statistics.Survival;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options of <c>mibg km</c>.</summary>
public sealed class KaplanMeierSettings : SurvivalSettings
{
    [CommandOption("--group <COLUMN>")]
    [Description("Column whose values split the subjects into curves (names as written in the file).")]
    public string? Group { get; init; }

    [CommandOption("--conf-type <TYPE>")]
    [Description("Confidence interval transformation: log (R's default), log-log or plain.")]
    [DefaultValue("log")]
    public string ConfType { get; init; } = "log";

    [CommandOption("--conf-level <LEVEL>")]
    [Description("Confidence level, between 0 and 1.")]
    [DefaultValue(0.95)]
    public double ConfLevel { get; init; } = 0.95;

    [CommandOption("--at <TIMES>")]
    [Description("Comma-separated times at which to report survival with its CI and the number at risk (adds \"at\" to each group in the JSON), e.g. 365,730,1095.")]
    public string? At { get; init; }

    [CommandOption("--plot <FILE>")]
    [Description("Also draw the curves (censor marks, confidence bands, median lines, log-rank p with --group, number at risk) to FILE, .svg or .png.")]
    public string? Plot { get; init; }

    [CommandOption("--steps")]
    [Description("Also print every step of the curves (human output; the JSON always has them).")]
    public bool Steps { get; init; }

    /// <summary>The --at times, or null when absent or unreadable.</summary>
    public double[]? AtTimes => TimeList.Parse(At);

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful) return common;
        if (!ConfidenceTypeNames.TryParse(ConfType, out _))
            return ValidationResult.Error($"--conf-type must be log, log-log or plain, not '{ConfType}'");
        if (ConfLevel is <= 0 or >= 1) return ValidationResult.Error("--conf-level must be between 0 and 1, e.g. 0.95");
        if (Plot is not null && !(Plot.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || Plot.EndsWith(".png", StringComparison.OrdinalIgnoreCase)))
            return ValidationResult.Error($"--plot must name a .svg or .png file, not '{Plot}'");
        if (At is not null && AtTimes is null) return ValidationResult.Error($"--at must be comma-separated numbers ≥ 0, e.g. 365,730; got '{At}'");
        return ValidationResult.Success();
    }
}

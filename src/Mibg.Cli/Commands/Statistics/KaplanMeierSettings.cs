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

    [CommandOption("--steps")]
    [Description("Also print every step of the curves (human output; the JSON always has them).")]
    public bool Steps { get; init; }

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful) return common;
        if (!ConfidenceTypeNames.TryParse(ConfType, out _))
            return ValidationResult.Error($"--conf-type must be log, log-log or plain, not '{ConfType}'");
        if (ConfLevel is <= 0 or >= 1) return ValidationResult.Error("--conf-level must be between 0 and 1, e.g. 0.95");
        return ValidationResult.Success();
    }
}

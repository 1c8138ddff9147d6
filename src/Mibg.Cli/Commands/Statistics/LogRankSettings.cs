using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options of <c>mibg logrank</c>.</summary>
public sealed class LogRankSettings : SurvivalSettings
{
    [CommandOption("--group <COLUMN>")]
    [Description("Column whose values define the groups compared (at least two).")]
    public string? Group { get; init; }

    [CommandOption("--strata <COLUMN>")]
    [Description("Column defining strata: the test is computed within each stratum and summed (R: + strata(S)).")]
    public string? Strata { get; init; }

    [CommandOption("--rho <RHO>")]
    [Description("Fleming–Harrington G-rho weight S(t-)^rho: 0 = log-rank (default), 1 = Peto–Peto Wilcoxon (R: survdiff rho).")]
    [DefaultValue(0.0)]
    public double Rho { get; init; }

    [CommandOption("--pairwise")]
    [Description("Also test every pair of groups, with Holm-adjusted p-values (adds \"pairwise\" to the JSON).")]
    public bool Pairwise { get; init; }

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful) return common;
        if (string.IsNullOrWhiteSpace(Group)) return ValidationResult.Error("--group COLUMN is required");
        if (!double.IsFinite(Rho) || Rho < 0) return ValidationResult.Error("--rho must be a number ≥ 0");
        return ValidationResult.Success();
    }
}

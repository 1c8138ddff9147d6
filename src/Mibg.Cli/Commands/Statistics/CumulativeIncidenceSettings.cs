using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options of <c>mibg cuminc</c> (docs/cli.md).</summary>
public sealed class CumulativeIncidenceSettings : CommandSettings
{
    [CommandArgument(0, "<DATA>")]
    [Description("The table: a CSV file (comma, semicolon or tab separated; point as decimal separator) or an xlsx workbook (first sheet). Row 1 is the header.")]
    public string Data { get; init; } = "";

    [CommandOption("--time <COLUMN>")]
    [Description("Column with the time to the first event or to censoring (≥ 0).")]
    public string? Time { get; init; }

    [CommandOption("--event <COLUMN>")]
    [Description("Column with the status: 0 = censored, any other integer = failed from that cause (e.g. 1 = relapse, 2 = death without relapse).")]
    public string? Event { get; init; }

    [CommandOption("--group <COLUMN>")]
    [Description("Column whose values split the subjects into curves compared by Gray's test (names as written in the file).")]
    public string? Group { get; init; }

    [CommandOption("--strata <COLUMN>")]
    [Description("Column of strata for Gray's test (the test is summed over strata; the curves are not stratified). Needs --group.")]
    public string? Strata { get; init; }

    [CommandOption("--at <TIMES>")]
    [Description("Comma-separated times at which to report each cumulative incidence and its variance, as cmprsk's timepoints() (e.g. 365,730,1095).")]
    public string? At { get; init; }

    [CommandOption("--plot <FILE>")]
    [Description("Also draw the cumulative incidence curves (one panel per cause, Gray's p with --group, number at risk) to FILE, .svg or .png.")]
    public string? Plot { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    /// <summary>The --at times, or null when absent.</summary>
    public double[]? AtTimes => TimeList.Parse(At);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Time)) return ValidationResult.Error("--time COLUMN is required");
        if (string.IsNullOrWhiteSpace(Event)) return ValidationResult.Error("--event COLUMN is required");
        if (Strata is not null && Group is null) return ValidationResult.Error("--strata needs --group (strata only change Gray's test between groups)");
        if (At is not null && AtTimes is null) return ValidationResult.Error($"--at must be comma-separated numbers ≥ 0, e.g. 365,730; got '{At}'");
        if (Plot is not null && !(Plot.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || Plot.EndsWith(".png", StringComparison.OrdinalIgnoreCase)))
            return ValidationResult.Error($"--plot must name a .svg or .png file, not '{Plot}'");
        return ValidationResult.Success();
    }
}

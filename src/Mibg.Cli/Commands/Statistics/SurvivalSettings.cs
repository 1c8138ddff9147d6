using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options shared by <c>mibg km</c> and <c>mibg logrank</c>: the table and its time and event columns.</summary>
public class SurvivalSettings : CommandSettings
{
    [CommandArgument(0, "<DATA>")]
    [Description("The table: a CSV file (comma, semicolon or tab separated; point as decimal separator) or an xlsx workbook (first sheet). Row 1 is the header.")]
    public string Data { get; init; } = "";

    [CommandOption("--time <COLUMN>")]
    [Description("Column with the follow-up time (≥ 0).")]
    public string? Time { get; init; }

    [CommandOption("--event <COLUMN>")]
    [Description("Column with the event indicator: 1 = event, 0 = censored.")]
    public string? Event { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Time)) return ValidationResult.Error("--time COLUMN is required");
        if (string.IsNullOrWhiteSpace(Event)) return ValidationResult.Error("--event COLUMN is required");
        return ValidationResult.Success();
    }
}

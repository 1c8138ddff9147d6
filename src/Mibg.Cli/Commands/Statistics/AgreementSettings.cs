using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options of <c>mibg agreement</c>.</summary>
public sealed class AgreementSettings : CommandSettings
{
    [CommandArgument(0, "[DATA]")]
    [Description("The table (CSV or xlsx) with one column per rater and one row per rated subject.")]
    public string? Data { get; init; }

    [CommandOption("--raters <COLUMNS>")]
    [Description("Comma-separated rater columns, at least two, e.g. reader_1,reader_2.")]
    public string? Raters { get; init; }

    [CommandOption("--levels <LEVELS>")]
    [Description("Rating levels for kappa: a range 0..6 or a list 0,1,2,3. Default: the values observed.")]
    public string? Levels { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Data)) return ValidationResult.Error("DATA is required (a CSV or xlsx table)");
        if (string.IsNullOrWhiteSpace(Raters)) return ValidationResult.Error("--raters a,b[,c…] is required");
        if (RaterColumns.Count < 2) return ValidationResult.Error("--raters needs at least two columns, comma-separated");
        return ValidationResult.Success();
    }

    /// <summary>The rater column names.</summary>
    public IReadOnlyList<string> RaterColumns =>
        (Raters ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

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
    [Description("Comma-separated rater columns, at least two, e.g. reader_1,reader_2. With --study: reader codes (default: every reader except consensus).")]
    public string? Raters { get; init; }

    [CommandOption("--study <STUDY>")]
    [Description("A study (CSV folder or xlsx workbook, design/data-dictionary.md): agreement per SIOPEN segment and on the total, from the reads table.")]
    public string? Study { get; init; }

    [CommandOption("--levels <LEVELS>")]
    [Description("Rating levels for kappa: a range 0..6 or a list 0,1,2,3. Default: the values observed.")]
    public string? Levels { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Study is not null)
        {
            if (Data is not null) return ValidationResult.Error("give either DATA or --study STUDY, not both");
            if (Raters is not null && RaterColumns.Count < 2) return ValidationResult.Error("--raters needs at least two reader codes, comma-separated");
            return ValidationResult.Success();
        }
        if (string.IsNullOrWhiteSpace(Data)) return ValidationResult.Error("DATA (a CSV or xlsx table) or --study STUDY is required");
        if (string.IsNullOrWhiteSpace(Raters)) return ValidationResult.Error("--raters a,b[,c…] is required");
        if (RaterColumns.Count < 2) return ValidationResult.Error("--raters needs at least two columns, comma-separated");
        return ValidationResult.Success();
    }

    /// <summary>The rater column names.</summary>
    public IReadOnlyList<string> RaterColumns =>
        (Raters ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

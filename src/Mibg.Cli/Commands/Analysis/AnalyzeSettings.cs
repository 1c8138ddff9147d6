using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Options of <c>mibg analyze (STUDY | --store S) [--plan PLAN.json] --out DIR [--json]</c>.</summary>
internal sealed class AnalyzeSettings : CommandSettings
{
    [CommandArgument(0, "[STUDY]")]
    [Description("Study workbook (.xlsx) or folder of the four CSV files.")]
    public string? Study { get; init; }

    [CommandOption("--store <S>")]
    [Description("Read the study from a store instead: SQLite file path or PostgreSQL connection string.")]
    public string? Store { get; init; }

    [CommandOption("--plan <PLAN>")]
    [Description("Analysis plan JSON (default: the seed study's plan, 'mibg plan --default').")]
    public string? Plan { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder for results.json and the report.")]
    public string? Out { get; init; }

    [CommandOption("--json")]
    [Description("Print results.json on stdout (and nothing else there).")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Study is null == Store is null) return ValidationResult.Error("give either a STUDY file/folder or --store S (one of the two)");
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out DIR is required");
        return ValidationResult.Success();
    }
}

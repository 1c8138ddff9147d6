using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Options of <c>mibg plan</c>.</summary>
internal sealed class PlanSettings : CommandSettings
{
    [CommandOption("--default")]
    [Description("Print the default analysis plan as JSON (to copy and edit).")]
    public bool Default { get; init; }

    [CommandOption("--describe")]
    [Description("List every plan field with its default and meaning.")]
    public bool Describe { get; init; }

    [CommandOption("--check <PLAN>")]
    [Description("Check a plan file; exit 1 naming every invalid field.")]
    public string? Check { get; init; }

    [CommandOption("--json")]
    [Description("With --describe or --check: one JSON document on stdout.")]
    public bool Json { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Scoring;

/// <summary>Arguments shared by <c>score siopen</c> and <c>score curie</c>.</summary>
internal sealed class ScoreSettings : CommandSettings
{
    [CommandArgument(0, "<SCORES>")]
    [Description("The segment (region) scores in the published order.")]
    public string[] Scores { get; init; } = [];

    [CommandOption("--baseline <SCORES>")]
    [Description("The reference (diagnosis) scan's scores in the same order, space- or comma-separated; adds relative score and INRC 2017 bone response.")]
    public string? Baseline { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }
}

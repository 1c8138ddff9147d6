using System.ComponentModel;
using Spectre.Console;
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

    [CommandOption("--previous <SCORES>")]
    [Description("The most recent earlier scan's scores (needs --baseline): a bone site positive now and 0 on it is new, so PD (INRC 2017), even after a skeletal CR.")]
    public string? Previous { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Previous is not null && Baseline is null
            ? ValidationResult.Error("--previous needs --baseline (the diagnosis scan): the relative score is always against diagnosis")
            : ValidationResult.Success();
}

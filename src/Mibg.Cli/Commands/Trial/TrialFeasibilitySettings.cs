using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary>Options of <c>mibg trial feasibility</c> (design/cli.md, "Trial design").</summary>
internal sealed class TrialFeasibilitySettings : CommandSettings
{
    [CommandOption("--subjects <N>")]
    [Description("Patients to enrol (e.g. subjects_required of 'trial size').")]
    public string? Subjects { get; init; }

    [CommandOption("--eligible-per-center-year <E>")]
    [Description("Eligible patients per centre and year (stage M patients × share with persistent oligo-skeletal uptake after HDC).")]
    public string? EligiblePerCenterYear { get; init; }

    [CommandOption("--centers <C>")]
    [Description("Participating centres.")]
    public string? Centers { get; init; }

    [CommandOption("--consent <K>")]
    [Description("Share of eligible patients who consent, in (0, 1]; default 1.")]
    public string? Consent { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }
}

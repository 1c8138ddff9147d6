using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary>Options of <c>mibg trial simulate</c>: the size options plus the simulation's (design/cli.md, "Trial design").</summary>
internal sealed class TrialSimulateSettings : TrialSizeSettings
{
    [CommandOption("--subjects <N>")]
    [Description("Patients per simulated trial; default: subjects_required of 'trial size'.")]
    public string? Subjects { get; init; }

    [CommandOption("--events <D>")]
    [Description("Analyse each trial at its D-th event; default: events_required of 'trial size'.")]
    public string? Events { get; init; }

    [CommandOption("--analysis <WHEN>")]
    [Description("events (default: at the planned number of events) or calendar (at accrual + minimum follow-up).")]
    public string? Analysis { get; init; }

    [CommandOption("--trials <K>")]
    [Description("Number of simulated trials, e.g. 10000.")]
    public string? Trials { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Random seed (a whole number ≥ 0); the same seed gives the same result on any number of threads. Default 20240601.")]
    public string? Seed { get; init; }

    [CommandOption("--threads <T>")]
    [Description("Worker threads; default: all cores.")]
    public string? Threads { get; init; }
}

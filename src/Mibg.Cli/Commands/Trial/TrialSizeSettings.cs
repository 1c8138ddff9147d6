using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Trial;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary>The design assumptions of <c>mibg trial size</c>, shared with <c>trial simulate</c> (design/cli.md, "Trial design").</summary>
internal class TrialSizeSettings : CommandSettings
{
    [CommandOption("--hr <H>")]
    [Description("Hazard ratio experimental:control, strictly between 0 and 1 (superiority), e.g. 0.6.")]
    public string? HazardRatio { get; init; }

    [CommandOption("--power <P>")]
    [Description("Power 1 − β, between alpha and 1, e.g. 0.8.")]
    public string? Power { get; init; }

    [CommandOption("--alpha <A>")]
    [Description("Two-sided type I error, e.g. 0.05.")]
    public string? Alpha { get; init; }

    [CommandOption("--method <METHOD>")]
    [Description("Events formula: schoenfeld (default) or freedman.")]
    public string? Method { get; init; }

    [CommandOption("--allocation <R>")]
    [Description("Allocation ratio experimental:control (default 1; 2 means 2:1).")]
    public string? Allocation { get; init; }

    [CommandOption("--control-median <M>")]
    [Description("Median EFS of the control arm in years (exponential). Or give --control-survival with --at.")]
    public string? ControlMedian { get; init; }

    [CommandOption("--control-survival <S>")]
    [Description("EFS of the control arm at time --at, a proportion in (0, 1), e.g. 0.4.")]
    public string? ControlSurvival { get; init; }

    [CommandOption("--at <T>")]
    [Description("Time in years at which --control-survival is given, e.g. 3.")]
    public string? At { get; init; }

    [CommandOption("--accrual-years <Y>")]
    [Description("Duration of uniform accrual in years.")]
    public string? AccrualYears { get; init; }

    [CommandOption("--followup-years <F>")]
    [Description("Minimum follow-up after the last patient is enrolled, in years.")]
    public string? FollowupYears { get; init; }

    [CommandOption("--dropout <D>")]
    [Description("Probability of dropping out within one year, per arm (exponential), in [0, 1); default 0.")]
    public string? Dropout { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    /// <summary>Builds and validates the design; errors name the option to fix.</summary>
    public TrialDesign ToDesign()
    {
        var hr = TrialOptionValues.Required(HazardRatio, "--hr", "the hazard ratio experimental:control, e.g. 0.6");
        var power = TrialOptionValues.Required(Power, "--power", "the power, e.g. 0.8");
        var alpha = TrialOptionValues.Required(Alpha, "--alpha", "the two-sided type I error, e.g. 0.05");
        var method = (Method ?? "schoenfeld").ToLowerInvariant() switch
        {
            "schoenfeld" => SampleSizeMethod.Schoenfeld,
            "freedman" => SampleSizeMethod.Freedman,
            _ => throw new UserInputException($"--method: '{Method}' is not a method; use schoenfeld or freedman"),
        };
        var allocation = TrialOptionValues.Optional(Allocation, "--allocation") ?? 1;
        var median = TrialOptionValues.Optional(ControlMedian, "--control-median");
        var survival = TrialOptionValues.Optional(ControlSurvival, "--control-survival");
        var at = TrialOptionValues.Optional(At, "--at");
        var accrual = TrialOptionValues.Required(AccrualYears, "--accrual-years", "the accrual period in years, e.g. 4");
        var followup = TrialOptionValues.Required(FollowupYears, "--followup-years", "the minimum follow-up in years, e.g. 3");
        var dropout = TrialOptionValues.Optional(Dropout, "--dropout") ?? 0;
        return TrialOptionValues.Checked(() =>
        {
            ControlArm control = (median, survival, at) switch
            {
                ({ } m, null, null) => ControlArm.FromMedian(m),
                (null, { } s, { } t) => ControlArm.FromSurvival(s, t),
                (null, { }, null) => throw new UserInputException("--at is required with --control-survival: the time in years at which the control-arm EFS is given, e.g. --control-survival 0.4 --at 3"),
                (null, null, { }) => throw new UserInputException("--control-survival is required with --at: the control-arm EFS at that time, e.g. 0.4"),
                (null, null, null) => throw new UserInputException("the control arm is required: give --control-median M (years) or --control-survival S --at T"),
                _ => throw new UserInputException("--control-median and --control-survival/--at are alternatives: give one of them"),
            };
            var design = new TrialDesign
            {
                HazardRatio = hr, Power = power, Alpha = alpha, Method = method, Allocation = allocation, Control = control,
                AccrualYears = accrual, FollowupYears = followup, Dropout = dropout,
            };
            design.Validate();
            return design;
        });
    }
}

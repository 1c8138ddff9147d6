using System.Globalization;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Trial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary><c>mibg trial simulate</c>: Monte Carlo power of a design, analysed by the log-rank test.</summary>
internal sealed class TrialSimulateCommand(CliOutput output) : Command<TrialSimulateSettings>
{
    public override int Execute(CommandContext context, TrialSimulateSettings settings, CancellationToken cancellationToken)
    {
        var design = settings.ToDesign();
        var subjects = TrialOptionValues.OptionalCount(settings.Subjects, "--subjects");
        var events = TrialOptionValues.OptionalCount(settings.Events, "--events");
        var trials = TrialOptionValues.RequiredCount(settings.Trials, "--trials", "the number of simulated trials, e.g. 10000");
        var threads = TrialOptionValues.OptionalCount(settings.Threads, "--threads");
        var seed = 20240601UL;
        if (settings.Seed is not null && !ulong.TryParse(settings.Seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
            throw new UserInputException($"--seed: '{settings.Seed}' is not a whole number ≥ 0");
        var calendar = (settings.Analysis ?? "events").ToLowerInvariant() switch
        {
            "events" => false,
            "calendar" => true,
            _ => throw new UserInputException($"--analysis: '{settings.Analysis}' is not a choice; use events or calendar"),
        };
        if (calendar && events is not null)
            throw new UserInputException("--events and --analysis calendar are alternatives: a calendar-time analysis takes whatever events have occurred");
        var size = TrialSize.Compute(design);
        if (!calendar && events is null && subjects is { } n && n < size.EventsRequired)
            throw new UserInputException($"--subjects: {n} patients cannot give the {size.EventsRequired} events the design needs; give --events D (at most {n}) or --analysis calendar");
        var plan = new SimulationPlan
        {
            Design = design,
            Subjects = subjects ?? size.SubjectsRequired,
            Events = calendar ? null : events ?? size.EventsRequired,
            Trials = trials,
            Seed = seed,
            Threads = threads,
        };
        TrialOptionValues.Checked(() => { plan.Validate(); return true; });
        var result = Run(plan, cancellationToken);
        if (settings.Json)
        {
            CliJson.Write(output, new Dictionary<string, object?>
            {
                ["trials"] = result.Trials,
                ["power"] = result.Power,
                ["power_se"] = result.PowerSe,
                ["subjects"] = result.Subjects,
                ["events"] = result.MeanEvents,
                ["mean_duration_years"] = result.MeanDurationYears,
            });
            return ExitCodes.Success;
        }
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("simulated trials", result.Trials.ToString(CultureInfo.InvariantCulture));
        table.AddRow("patients per trial", result.Subjects.ToString(CultureInfo.InvariantCulture));
        table.AddRow("analysis", result.PlannedEvents is { } d ? $"at event {d}" : $"at {TrialOptionValues.Format(design.StudyYears)} years");
        table.AddRow("simulated power", $"{TrialOptionValues.Format(result.Power, 4)} ± {TrialOptionValues.Format(result.PowerSe, 4)} (Monte Carlo SE)");
        table.AddRow($"analytic power ({TrialSizeCommand.MethodName(design.Method)})", TrialOptionValues.Format(result.AnalyticPower, 4));
        table.AddRow("mean events at analysis", TrialOptionValues.Format(result.MeanEvents, 1));
        table.AddRow("mean duration", $"{TrialOptionValues.Format(result.MeanDurationYears)} years");
        output.Console.Write(table);
        return ExitCodes.Success;
    }

    /// <summary>Runs the simulation, with a progress bar on stderr when it is a terminal.</summary>
    private SimulationResult Run(SimulationPlan plan, CancellationToken cancellationToken)
    {
        if (!output.IsInteractive) return TrialSimulation.Run(plan, null, cancellationToken);
        var counter = new TrialCounter();
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Err) });
        SimulationResult? result = null;
        stderr.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("simulating trials", maxValue: plan.Trials);
            var work = Task.Run(() => TrialSimulation.Run(plan, counter, cancellationToken), cancellationToken);
            while (!work.Wait(100, cancellationToken)) task.Value = counter.Done;
            task.Value = plan.Trials;
            result = work.Result;
        });
        return result!;
    }

    /// <summary>Counts finished trials, reported from worker threads.</summary>
    private sealed class TrialCounter : IProgress<int>
    {
        private int _done;
        public int Done => Volatile.Read(ref _done);
        public void Report(int value) => Interlocked.Add(ref _done, value);
    }
}

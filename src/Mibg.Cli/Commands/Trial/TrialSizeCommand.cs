using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Trial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary><c>mibg trial size</c>: events and patients for a two-arm log-rank comparison of EFS.</summary>
internal sealed class TrialSizeCommand(CliOutput output) : Command<TrialSizeSettings>
{
    public override int Execute(CommandContext context, TrialSizeSettings settings, CancellationToken cancellationToken)
    {
        var design = settings.ToDesign();
        var size = TrialSize.Compute(design);
        if (settings.Json)
        {
            CliJson.Write(output, ToJson(size));
            return ExitCodes.Success;
        }
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("method", MethodName(size.Method));
        table.AddRow("events required", $"{size.EventsRequired} ({TrialOptionValues.Format(size.Events, 4)})");
        table.AddRow("patients required", $"{size.SubjectsRequired} ({TrialOptionValues.Format(size.Subjects, 4)})");
        table.AddRow("probability of an event", TrialOptionValues.Format(size.ProbabilityOfEvent, 4));
        table.AddRow("control arm", Markup.Escape(design.Control.Description));
        table.AddRow("experimental median EFS", $"{TrialOptionValues.Format(Math.Log(2) / design.ExperimentalHazard)} years");
        output.Console.Write(table);
        return ExitCodes.Success;
    }

    /// <summary>The JSON of design/cli.md: <c>{method, events, subjects, events_required, subjects_required, probability_of_event}</c>.</summary>
    public static Dictionary<string, object?> ToJson(TrialSizeResult size) => new()
    {
        ["method"] = MethodName(size.Method),
        ["events"] = size.Events,
        ["subjects"] = size.Subjects,
        ["events_required"] = size.EventsRequired,
        ["subjects_required"] = size.SubjectsRequired,
        ["probability_of_event"] = size.ProbabilityOfEvent,
    };

    public static string MethodName(SampleSizeMethod method) => method.ToString().ToLowerInvariant();
}

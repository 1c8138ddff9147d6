using System.Globalization;
using Mibg.Cli.Infrastructure;
using Mibg.Reporting.Figures;
using Mibg.Statistics.Survival;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg km</c>: Kaplan–Meier curves of any table (design/cli.md).</summary>
internal sealed class KaplanMeierCommand(CliOutput output) : Command<KaplanMeierSettings>
{
    public override int Execute(CommandContext context, KaplanMeierSettings settings, CancellationToken cancellationToken)
    {
        List<InputColumn> columns = [InputColumn.Time(settings.Time!), InputColumn.Event(settings.Event!)];
        if (settings.Group is { } g) columns.Add(InputColumn.Text(g));
        ConfidenceTypeNames.TryParse(settings.ConfType, out var confType);
        var options = new KaplanMeierOptions { ConfType = confType, ConfLevel = settings.ConfLevel };
        var (fit, table, logRankP) = LongWork.Run(output, settings.Data, settings.Json, "Kaplan–Meier on", () =>
        {
            var table = TableInput.Read(settings.Data, columns);
            var times = table.Numbers(settings.Time!);
            var events = table.Events(settings.Event!);
            var fit = settings.Group is null
                ? KaplanMeier.Fit(times, events, options)
                : KaplanMeier.FitGroups(times, events, table.Texts(settings.Group), options);
            double? p = settings.Plot is not null && settings.Group is not null && fit.Strata.Count > 1
                ? LogRank.Test(times, events, table.Texts(settings.Group)).P
                : null;
            return (fit, table, p);
        });
        fit = fit with { Dropped = table.Dropped };
        if (settings.Plot is { } plotFile) WritePlot(fit, logRankP, settings.Time!, plotFile);
        var at = settings.AtTimes is { } times ? fit.Strata.Select(st => SurvivalAtTimes.Of(st, times, options)).ToArray() : null;
        if (settings.Json) CliJson.Write<object>(output, at is null ? fit : SurvivalAtTimes.AddTo(fit, at));
        else Print(fit, settings.Steps, at);
        return ExitCodes.Success;
    }

    private static void WritePlot(KaplanMeierResult fit, double? logRankP, string timeColumn, string path) =>
        PlotFile.Write(path, file => SurvivalPlotFile.Write(fit, logRankP, timeColumn, file));

    private void Print(KaplanMeierResult fit, bool steps, IReadOnlyList<SurvivalAtTime>[]? at)
    {
        var level = (fit.ConfLevel * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("group").AddColumn(new TableColumn("n").RightAligned())
            .AddColumn(new TableColumn("events").RightAligned()).AddColumn(new TableColumn("median").RightAligned())
            .AddColumn(new TableColumn($"{level}% CI ({fit.ConfType})").RightAligned())
            .AddColumn(new TableColumn("median follow-up").RightAligned());
        foreach (var s in fit.Strata)
            table.AddRow(Markup.Escape(s.Name), Text.Int(s.N), Text.Int(s.Events), Text.Number(s.Median),
                $"{Text.Number(s.MedianLower)} – {Text.Number(s.MedianUpper)}", Text.Number(s.FollowupMedian));
        output.Console.Write(table);
        if (fit.Dropped > 0) output.Console.MarkupLine($"[yellow]{fit.Dropped} row(s) with a missing value dropped.[/]");
        output.Console.MarkupLine("[dim]— = not reached.[/]");
        if (at is not null)
        {
            var t = new Table().AddColumn("group").AddColumn(new TableColumn("time").RightAligned()).AddColumn(new TableColumn("at risk").RightAligned())
                .AddColumn(new TableColumn("survival").RightAligned()).AddColumn(new TableColumn($"{level}% CI").RightAligned());
            foreach (var (s, rows) in fit.Strata.Zip(at))
                foreach (var r in rows)
                    t.AddRow(Markup.Escape(s.Name), Text.Number(r.Time), Text.Int(r.NRisk), Text.Number(r.Survival), $"{Text.Number(r.Lower)} – {Text.Number(r.Upper)}");
            output.Console.Write(t);
        }
        if (!steps) return;
        foreach (var s in fit.Strata)
        {
            var t = new Table().Title(Markup.Escape(s.Name));
            foreach (var h in new[] { "time", "n.risk", "n.event", "n.censor", "survival", "std.err", "lower", "upper" })
                t.AddColumn(new TableColumn(h).RightAligned());
            foreach (var x in s.Steps)
                t.AddRow(Text.Number(x.Time), Text.Int(x.NRisk), Text.Int(x.NEvent), Text.Int(x.NCensor),
                    Text.Number(x.Survival), Text.Number(x.StdErr), Text.Number(x.Lower), Text.Number(x.Upper));
            output.Console.Write(t);
        }
    }
}

using Mibg.Cli.Infrastructure;
using Mibg.Statistics.CompetingRisks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg cuminc</c>: cumulative incidence with competing risks and Gray's test, as R's cmprsk::cuminc (docs/cli.md).</summary>
internal sealed class CumulativeIncidenceCommand(CliOutput output) : Command<CumulativeIncidenceSettings>
{
    public override int Execute(CommandContext context, CumulativeIncidenceSettings settings, CancellationToken cancellationToken)
    {
        List<InputColumn> columns = [InputColumn.Time(settings.Time!), InputColumn.Status(settings.Event!)];
        if (settings.Group is { } g) columns.Add(InputColumn.Label(g));
        if (settings.Strata is { } s) columns.Add(InputColumn.Label(s));
        var (fit, table) = LongWork.Run(output, settings.Data, settings.Json, "Cumulative incidence on", () =>
        {
            var table = TableInput.Read(settings.Data, columns);
            var status = StatusCodes.Of(table, settings.Event!);
            if (status.All(code => code == 0))
                throw new UserInputException($"{table.Source}: column '{settings.Event}' has no failure (every status is 0 = censored); there is no cumulative incidence to estimate.");
            var fit = CumulativeIncidence.Fit(table.Numbers(settings.Time!), status,
                settings.Group is null ? null : table.Texts(settings.Group), settings.Strata is null ? null : table.Texts(settings.Strata));
            return (fit, table);
        });
        var at = settings.AtTimes;
        var result = CumulativeIncidenceOutput.Of(fit, at, table.Dropped);
        if (settings.Plot is { } plotFile)
            PlotFile.Write(plotFile, path => Mibg.Reporting.Figures.CumulativeIncidencePlotFile.Write(fit, table.Numbers(settings.Time!),
                settings.Group is null ? null : table.Texts(settings.Group), settings.Time!, settings.Group ?? "", path));
        if (settings.Json) CliJson.Write(output, result);
        else Print(result);
        return ExitCodes.Success;
    }

    private void Print(CumulativeIncidenceOutput result)
    {
        var table = new Table().Title("Cumulative incidence (Aalen–Johansen)").AddColumn("group").AddColumn("cause")
            .AddColumn(new TableColumn("n").RightAligned()).AddColumn(new TableColumn("events").RightAligned())
            .AddColumn(new TableColumn("last time").RightAligned()).AddColumn(new TableColumn("estimate").RightAligned())
            .AddColumn(new TableColumn("std. error").RightAligned());
        foreach (var c in result.Curves)
        {
            var last = c.Steps[^1];
            table.AddRow(Markup.Escape(c.Group), Markup.Escape(c.Cause), Text.Int(c.N), Text.Int(c.Events), Text.Number(last.Time),
                Text.Number(last.Estimate), Text.Number(Math.Sqrt(last.Variance)));
        }
        output.Console.Write(table);
        if (result.Dropped > 0) output.Console.MarkupLine($"[yellow]{result.Dropped} row(s) with a missing value dropped.[/]");
        if (result.Curves.Any(c => c.At.Count > 0))
        {
            var t = new Table().AddColumn("group").AddColumn("cause").AddColumn(new TableColumn("time").RightAligned())
                .AddColumn(new TableColumn("estimate").RightAligned()).AddColumn(new TableColumn("std. error").RightAligned());
            foreach (var c in result.Curves)
                foreach (var a in c.At)
                    t.AddRow(Markup.Escape(c.Group), Markup.Escape(c.Cause), Text.Number(a.Time), Text.Number(a.Estimate),
                        Text.Number(a.Variance is { } v ? Math.Sqrt(v) : null));
            output.Console.Write(t);
            output.Console.MarkupLine("[dim]— = after the group's last follow-up time (R: NA).[/]");
        }
        if (result.Gray.Count == 0) return;
        var gray = new Table().Title("Gray's test").AddColumn("cause").AddColumn(new TableColumn("statistic").RightAligned())
            .AddColumn(new TableColumn("df").RightAligned()).AddColumn(new TableColumn("p").RightAligned());
        foreach (var test in result.Gray)
            gray.AddRow(Markup.Escape(test.Cause), Text.Number(test.Statistic), Text.Int(test.Df), test.P is { } p ? Text.P(p) : "—");
        output.Console.Write(gray);
        if (result.Gray.Any(test => test.Statistic is null))
            output.Console.MarkupLine("[dim]— = the variance is singular (a group is never at risk at a failure); R reports −1.[/]");
    }
}

/// <summary>The JSON of <c>mibg cuminc</c> (docs/cli.md).</summary>
/// <param name="Method">Always "aalen-johansen".</param>
/// <param name="Curves">One per cause and group, cause-major as cmprsk lists them.</param>
/// <param name="Gray">Gray's test per cause; empty without --group.</param>
/// <param name="Dropped">Rows dropped for a missing value in a used column.</param>
internal sealed record CumulativeIncidenceOutput(string Method, IReadOnlyList<CumulativeIncidenceCurveOutput> Curves, IReadOnlyList<GrayTest> Gray, int Dropped)
{
    public static CumulativeIncidenceOutput Of(CumulativeIncidenceResult fit, double[]? at, int dropped) =>
        new("aalen-johansen",
            fit.Curves.Select(c => new CumulativeIncidenceCurveOutput(c.Group, c.Cause, c.N, c.Events, c.Steps, at is null ? [] : c.At(at))).ToArray(),
            fit.Tests, dropped);
}

/// <summary>One curve in the JSON of <c>mibg cuminc</c>.</summary>
internal sealed record CumulativeIncidenceCurveOutput(
    string Group, string Cause, int N, int Events, IReadOnlyList<CumulativeIncidencePoint> Steps, IReadOnlyList<CumulativeIncidenceAt> At);

using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Survival;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg logrank</c>: log-rank / G-rho test between groups (design/cli.md).</summary>
internal sealed class LogRankCommand(CliOutput output) : Command<LogRankSettings>
{
    public override int Execute(CommandContext context, LogRankSettings settings, CancellationToken cancellationToken)
    {
        List<InputColumn> columns = [InputColumn.Time(settings.Time!), InputColumn.Event(settings.Event!), InputColumn.Text(settings.Group!)];
        if (settings.Strata is { } s) columns.Add(InputColumn.Text(s));
        var (test, pairwise, table) = LongWork.Run(output, settings.Data, settings.Json, "Log-rank test on", () =>
        {
            var table = TableInput.Read(settings.Data, columns);
            var times = table.Numbers(settings.Time!);
            var events = table.Events(settings.Event!);
            var groups = table.Texts(settings.Group!);
            var strata = settings.Strata is null ? null : table.Texts(settings.Strata);
            if (Array.TrueForAll(groups, g => g == groups[0]))
                throw new UserInputException($"{table.Source}: column '{settings.Group}' has a single value ('{groups[0]}'); a log-rank test needs at least two groups.");
            var test = LogRank.Test(times, events, groups, strata, settings.Rho);
            var pairwise = settings.Pairwise ? LogRank.Pairwise(times, events, groups, strata, settings.Rho) : null;
            return (test, pairwise, table);
        });
        var report = new LogRankReport(test.Chisq, test.Df, test.P, test.Strata, settings.Rho, table.Dropped, pairwise);
        if (settings.Json) CliJson.Write(output, report);
        else Print(report);
        return ExitCodes.Success;
    }

    private void Print(LogRankReport r)
    {
        var table = new Table().AddColumn("group").AddColumn(new TableColumn("n").RightAligned())
            .AddColumn(new TableColumn("observed").RightAligned()).AddColumn(new TableColumn("expected").RightAligned())
            .AddColumn(new TableColumn("(O-E)^2/E").RightAligned());
        foreach (var g in r.Strata)
            table.AddRow(Markup.Escape(g.Name), Text.Int(g.N), Text.Number(g.Observed), Text.Number(g.Expected),
                Text.Number((g.Observed - g.Expected) * (g.Observed - g.Expected) / g.Expected));
        output.Console.Write(table);
        var name = r.Rho == 0 ? "Log-rank" : $"G-rho (rho = {Text.Number(r.Rho)})";
        output.Console.MarkupLine($"{name}: chi-square = {Text.Number(r.Chisq)} on {r.Df} df, p = {Text.P(r.P)}");
        if (r.Dropped > 0) output.Console.MarkupLine($"[yellow]{r.Dropped} row(s) with a missing value dropped.[/]");
        if (r.Pairwise is null) return;
        var pairs = new Table().AddColumn("group 1").AddColumn("group 2").AddColumn(new TableColumn("chi-square").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned()).AddColumn(new TableColumn("p (Holm)").RightAligned());
        foreach (var p in r.Pairwise)
            pairs.AddRow(Markup.Escape(p.Group1), Markup.Escape(p.Group2), Text.Number(p.Chisq), Text.P(p.P), Text.P(p.PAdjusted));
        output.Console.Write(pairs);
    }
}

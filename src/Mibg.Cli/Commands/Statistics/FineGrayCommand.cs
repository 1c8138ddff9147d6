using System.Globalization;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.CompetingRisks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg finegray</c>: Fine–Gray subdistribution-hazards regression, as R's cmprsk::crr (docs/cli.md).</summary>
internal sealed class FineGrayCommand(CliOutput output) : Command<FineGraySettings>
{
    public override int Execute(CommandContext context, FineGraySettings settings, CancellationToken cancellationToken)
    {
        var names = settings.CovariateNames;
        List<InputColumn> columns = [InputColumn.Time(settings.Time!), InputColumn.Status(settings.Event!), .. names.Select(InputColumn.Number)];
        var cause = settings.CauseCode;
        var (fit, dropped) = LongWork.Run(output, settings.Data, settings.Json, "Fine–Gray on", () =>
        {
            var table = TableInput.Read(settings.Data, columns);
            var status = StatusCodes.Of(table, settings.Event!);
            if (!status.Contains(cause))
            {
                var codes = string.Join(", ", status.Distinct().Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
                throw new UserInputException($"{table.Source}: --cause {cause} never occurs in column '{settings.Event}' (its codes are {codes}).");
            }
            var fit = FineGray.Fit(table.Numbers(settings.Time!), status, names.Select(table.Numbers).ToArray(), names, cause);
            return (fit, table.Dropped);
        });
        var result = new FineGrayOutput(fit.Coefficients, fit.Loglik, fit.LoglikNull, fit.Converged, cause.ToString(CultureInfo.InvariantCulture),
            fit.N, fit.Events, fit.CompetingEvents, dropped);
        if (settings.Json) CliJson.Write(output, result);
        else Print(result);
        return ExitCodes.Success;
    }

    private void Print(FineGrayOutput result)
    {
        var table = new Table().Title($"Fine–Gray regression, cause {Markup.Escape(result.Cause)}").AddColumn("covariate");
        foreach (var h in new[] { "coef", "SHR", "se (robust)", "z", "p", "95% CI" }) table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var c in result.Coefficients)
            table.AddRow(Markup.Escape(c.Name), Text.Number(c.Coef), Text.Number(c.Hr), Text.Number(c.Se), Text.Number(c.Z), Text.P(c.P),
                $"{Text.Number(c.Lower)} – {Text.Number(c.Upper)}");
        output.Console.Write(table);
        output.Console.MarkupLine($"n = {result.N}, failures from cause {Markup.Escape(result.Cause)}: {result.Events}, from other causes: {result.CompetingEvents}.");
        output.Console.MarkupLine($"Log pseudo-likelihood {Text.Number(result.Loglik)} (null {Text.Number(result.LoglikNull)}).");
        if (result.Dropped > 0) output.Console.MarkupLine($"[yellow]{result.Dropped} row(s) with a missing value dropped.[/]");
        if (!result.Converged) output.Console.MarkupLine("[red]Did not converge within crr's 10 Newton–Raphson iterations: do not use these estimates.[/]");
    }
}

/// <summary>The JSON of <c>mibg finegray</c> (docs/cli.md).</summary>
internal sealed record FineGrayOutput(
    IReadOnlyList<FineGrayCoefficient> Coefficients, double Loglik, double LoglikNull, bool Converged, string Cause,
    int N, int Events, int CompetingEvents, int Dropped);

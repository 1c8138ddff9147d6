using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Regression;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg cox</c>: Cox proportional-hazards regression of any table (design/cli.md), as R's summary(coxph).</summary>
internal sealed class CoxCommand(CliOutput output) : Command<CoxCommandSettings>
{
    public override int Execute(CommandContext context, CoxCommandSettings settings, CancellationToken cancellationToken)
    {
        var (fit, zph) = LongWork.Run(output, settings.Data, settings.Json, "Fitting a Cox model to", () => Fit(settings));
        if (!fit.Converged)
            output.Err.WriteLine($"mibg: warning: no convergence in {fit.Iterations} iterations; coefficients may be infinite.");
        else if (fit.PossiblyInfinite.Count > 0)
            output.Err.WriteLine($"mibg: warning: the likelihood converged before {string.Join(", ", fit.PossiblyInfinite)}; " +
                "that coefficient may be infinite (a covariate that separates events perfectly?) and its test is unreliable.");

        if (settings.Json) StatisticsJson.Write(output, CoxCommandResult.From(fit, zph));
        else CoxCommandReport.Print(output, fit, zph, settings.ConfLevel);
        return ExitCodes.Success;
    }

    /// <summary>Reads the used columns (rows with a missing value dropped and counted) and fits the model.</summary>
    private static (CoxFit Fit, ProportionalHazardsResult? Zph) Fit(CoxCommandSettings settings)
    {
        var covariates = settings.CovariateNames;
        var factors = settings.FactorNames.ToHashSet(StringComparer.Ordinal);
        List<InputColumn> columns = [InputColumn.Time(settings.Time!), InputColumn.Event(settings.Event!)];
        columns.AddRange(covariates.Select(c => factors.Contains(c) ? InputColumn.Text(c) : InputColumn.Number(c)));
        if (settings.Strata is { } s) columns.Add(InputColumn.Text(s));
        var table = TableInput.Read(settings.Data, columns);

        var input = new CoxInput(
            table.Numbers(settings.Time!),
            table.Numbers(settings.Event!),
            [.. covariates.Select(c => factors.Contains(c)
                ? CoxCovariate.Factor(c, table.Texts(c))
                : CoxCovariate.Numeric(c, table.Numbers(c)))],
            settings.Strata is null ? null : table.Texts(settings.Strata));
        var options = new CoxOptions
        {
            Ties = settings.Ties == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            ConfidenceLevel = settings.ConfLevel,
        };
        try
        {
            var fit = CoxRegression.Fit(input, options) with { Dropped = table.Dropped };
            return (fit, settings.Zph ? ProportionalHazardsTest.Compute(fit, ParseTransform(settings.ZphTransform)) : null);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{table.Source}: {e.Message}");
        }
    }

    private static TimeTransform ParseTransform(string name) => name switch
    {
        "rank" => TimeTransform.Rank,
        "identity" => TimeTransform.Identity,
        "log" => TimeTransform.Log,
        _ => TimeTransform.Km,
    };
}

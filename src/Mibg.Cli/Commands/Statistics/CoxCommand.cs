using System.Text.Json;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Regression;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg cox</c>: Cox proportional-hazards regression of any table (design/cli.md), as R's summary(coxph).</summary>
internal sealed class CoxCommand : Command<CoxCommandSettings>
{
    public override int Execute(CommandContext context, CoxCommandSettings settings, CancellationToken cancellationToken)
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
        CoxFit fit;
        ProportionalHazardsResult? zph;
        try
        {
            fit = CoxRegression.Fit(input, options) with { Dropped = table.Dropped };
            zph = settings.Zph ? ProportionalHazardsTest.Compute(fit, ParseTransform(settings.ZphTransform)) : null;
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{table.Source}: {e.Message}");
        }
        if (!fit.Converged)
            CliOutput.Err.WriteLine($"mibg: warning: no convergence in {fit.Iterations} iterations; a coefficient may be infinite (e.g. a covariate that separates events perfectly).");

        if (settings.Json) WriteJson(fit, zph);
        else CoxCommandReport.Print(fit, zph, settings.ConfLevel);
        return ExitCodes.Success;
    }

    /// <summary>The CoxFit JSON of cli.md, plus <c>zph</c> when asked for.</summary>
    private static void WriteJson(CoxFit fit, ProportionalHazardsResult? zph)
    {
        if (zph is null)
        {
            CliJson.Write(fit);
            return;
        }
        var node = JsonSerializer.SerializeToNode(fit, CliJson.Options)!.AsObject();
        node["zph"] = JsonSerializer.SerializeToNode(zph, CliJson.Options);
        CliJson.Write(node);
    }

    private static TimeTransform ParseTransform(string name) => name switch
    {
        "rank" => TimeTransform.Rank,
        "identity" => TimeTransform.Identity,
        "log" => TimeTransform.Log,
        _ => TimeTransform.Km,
    };
}

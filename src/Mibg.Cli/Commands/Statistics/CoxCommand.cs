using System.Globalization;
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

        if (settings.Json) CliJson.Write(output, CoxCommandResult.From(fit, zph));
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
        if (settings.Start is { } start)
        {
            columns.Add(InputColumn.Time(start));
            if (settings.Id != settings.Strata && !covariates.Contains(settings.Id!)) columns.Add(InputColumn.Text(settings.Id!));
        }
        if (settings.Weights is { } weights) columns.Add(InputColumn.Weight(weights));
        if (settings.Cluster is { } cluster)
        {
            // The cluster must be written on every row: read as a label (an empty cell is an error naming it), also when
            // it is the subject, strata or a factor column; a numeric covariate stays a number (its text is used).
            var index = columns.FindIndex(c => c.Name == cluster);
            if (index < 0) columns.Add(InputColumn.Label(cluster));
            else if (columns[index].Kind == ColumnKind.Text) columns[index] = InputColumn.Label(cluster);
        }
        var table = TableInput.Read(settings.Data, columns);

        var input = new CoxInput(
            table.Numbers(settings.Time!),
            table.Numbers(settings.Event!),
            [.. covariates.Select(c => factors.Contains(c)
                ? CoxCovariate.Factor(c, table.Texts(c))
                : CoxCovariate.Numeric(c, table.Numbers(c)))],
            settings.Strata is null ? null : table.Texts(settings.Strata))
        {
            RowNumbers = table.RowNumbers,
        };
        if (settings.Start is { } startColumn)
        {
            var starts = table.Numbers(startColumn);
            CheckIntervals(table, starts, table.Numbers(settings.Time!), startColumn, settings.Time!);
            input = input with { Start = starts, Subject = IdTexts(table, settings.Id!, factors.Contains(settings.Id!) || settings.Id == settings.Strata) };
        }
        if (settings.Weights is { } weightColumn) input = input with { Weights = table.Numbers(weightColumn) };
        if (settings.Cluster is { } clusterColumn) input = input with { Cluster = IdTexts(table, clusterColumn, false) };
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

    /// <summary>start &lt; stop on every row, naming both columns and the row (the engine only knows them as start and time).</summary>
    private static void CheckIntervals(TableData table, double[] start, double[] stop, string startColumn, string stopColumn)
    {
        for (var i = 0; i < start.Length; i++)
            if (start[i] >= stop[i])
                throw new UserInputException(
                    $"{table.Source}, row {table.RowNumbers[i]}: '{startColumn}' = {start[i].ToString(CultureInfo.InvariantCulture)} is not before '{stopColumn}' = {stop[i].ToString(CultureInfo.InvariantCulture)}; " +
                    "each row is an interval (start, stop] and needs start < stop.");
    }

    /// <summary>The subject column as text; read as a number when it is also a numeric covariate.</summary>
    private static string?[] IdTexts(TableData table, string id, bool isText) =>
        isText || table.HasTexts(id) ? table.Texts(id) : [.. table.Numbers(id).Select(v => v.ToString(CultureInfo.InvariantCulture))];

    private static TimeTransform ParseTransform(string name) => name switch
    {
        "rank" => TimeTransform.Rank,
        "identity" => TimeTransform.Identity,
        "log" => TimeTransform.Log,
        _ => TimeTransform.Km,
    };
}

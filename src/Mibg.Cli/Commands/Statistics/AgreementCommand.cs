using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Agreement;
using Spectre.Console;
using Spectre.Console.Cli;
using RaterAgreement = Mibg.Statistics.Agreement.Agreement;

namespace Mibg.Cli.Commands.Statistics;

/// <summary><c>mibg agreement</c>: inter-rater agreement of rater columns of a table (design/cli.md).</summary>
internal sealed class AgreementCommand(CliOutput output) : Command<AgreementSettings>
{
    public override int Execute(CommandContext context, AgreementSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Study is not null) return StudyAgreement.Run(output, settings);
        var raters = settings.RaterColumns;
        if (raters.Distinct(StringComparer.Ordinal).Count() != raters.Count)
            throw new UserInputException($"--raters '{settings.Raters}': a column is named twice.");
        var levels = settings.Levels is null ? null : RatingLevels.Parse(settings.Levels);
        var table = TableInput.Read(settings.Data!, raters.Select(InputColumn.Number).ToArray());
        if (table.Rows < 2) throw new UserInputException($"{table.Source}: only {table.Rows} complete row(s); agreement needs at least two rated subjects.");
        var ratings = raters.Select(table.Numbers).ToArray();
        if (levels is not null)
            foreach (var (name, values) in raters.Zip(ratings))
                if (values.FirstOrDefault(v => !levels.Contains(v)) is var bad && !levels.Contains(bad))
                    throw new UserInputException($"{table.Source}, column '{name}': the value {Text.Number(bad)} is not one of --levels {settings.Levels}.");
        if (ratings.All(r => r.Distinct().Count() == 1) && ratings.Select(r => r[0]).Distinct().Count() == 1)
            throw new UserInputException($"{table.Source}: every rating is {Text.Number(ratings[0][0])}; agreement statistics need some variation.");
        var result = RaterAgreement.Compute(ratings, levels);
        if (settings.Json) CliJson.Write(output, result);
        else Print(output, result, table.Dropped);
        return ExitCodes.Success;
    }

    internal static void Print(CliOutput output, AgreementResult r, int dropped)
    {
        var icc = new Table().AddColumn("ICC").AddColumn(new TableColumn("value").RightAligned()).AddColumn(new TableColumn("95% CI").RightAligned())
            .AddColumn(new TableColumn("F").RightAligned()).AddColumn(new TableColumn("df1").RightAligned())
            .AddColumn(new TableColumn("df2").RightAligned()).AddColumn(new TableColumn("p").RightAligned());
        foreach (var x in r.Icc)
            icc.AddRow(x.Type, Text.Number(x.Value), $"{Text.Number(x.Lower)} – {Text.Number(x.Upper)}", Text.Number(x.F),
                Text.Number(x.Df1), Text.Number(x.Df2), Text.P(x.P));
        output.Console.MarkupLine($"{r.N} subjects rated by every rater.");
        output.Console.Write(icc);
        if (r.Kappa is { } k)
            output.Console.MarkupLine($"Cohen's kappa: unweighted {Text.Number(k.Unweighted)}, linear {Text.Number(k.Linear)}, quadratic {Text.Number(k.Quadratic)}");
        if (r.BlandAltman is { } b)
            output.Console.MarkupLine($"Bland–Altman: bias {Text.Number(b.Bias)}, sd {Text.Number(b.Sd)}, limits of agreement {Text.Number(b.Lower)} to {Text.Number(b.Upper)}");
        if (dropped > 0) output.Console.MarkupLine($"[yellow]{dropped} row(s) with a missing rating dropped.[/]");
    }
}

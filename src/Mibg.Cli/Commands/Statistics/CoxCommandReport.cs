using System.Globalization;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Regression;
using Spectre.Console;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>The human output of <c>mibg cox</c>, laid out as R's <c>print(summary(coxph(...)))</c>.</summary>
internal static class CoxCommandReport
{
    public static void Print(CliOutput output, CoxFit fit, ProportionalHazardsResult? zph, double confLevel)
    {
        var console = output.Console;
        var dropped = fit.Dropped > 0 ? $" ({fit.Dropped} row(s) with a missing value dropped)" : "";
        var rows = fit.CountingProcess ? "counting-process rows (start, stop]" : "n";
        var weighted = fit.Weighted ? ", case weights" : "";
        console.MarkupLine(Markup.Escape($"Cox proportional hazards, {fit.Ties} ties{weighted}: {rows} = {fit.N}, events = {fit.Events}{dropped}"));
        var level = (confLevel * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Simple).AddColumn("term");
        string[] headers = fit.Robust
            ? ["coef", "exp(coef)", "se(coef)", "robust se", "z", "Pr(>|z|)", $"lower .{level}", $"upper .{level}"]
            : ["coef", "exp(coef)", "se(coef)", "z", "Pr(>|z|)", $"lower .{level}", $"upper .{level}"];
        foreach (var h in headers) table.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        foreach (var c in fit.Coefficients)
        {
            string[] cells = [Markup.Escape(c.Name), Significant(c.Coef), Significant(c.Hr), Significant(c.Se),
                .. c.RobustSe is { } robust ? [Significant(robust)] : Array.Empty<string>(),
                Fixed(c.Z, 2), Text.P(c.P), Significant(c.Lower), Significant(c.Upper)];
            table.AddRow(cells);
        }
        console.Write(table);
        if (fit.Concordance.C is { } concordance)
            console.MarkupLine($"Concordance = {Fixed(concordance, 3)} (se = {Fixed(fit.Concordance.Se ?? 0, 3)})");
        console.MarkupLine($"Likelihood ratio test = {Fixed(fit.LrTest.Chisq, 2)} on {fit.LrTest.Df} df, {PValue(fit.LrTest.P)}");
        console.MarkupLine($"Wald test             = {Fixed(fit.WaldTest.Chisq, 2)} on {fit.WaldTest.Df} df, {PValue(fit.WaldTest.P)}");
        console.MarkupLine($"Score (logrank) test  = {Fixed(fit.ScoreTest.Chisq, 2)} on {fit.ScoreTest.Df} df, {PValue(fit.ScoreTest.P)}");
        if (fit.RobustScoreTest is { } robustScore)
        {
            console.MarkupLine($"Robust score test     = {Fixed(robustScore.Chisq, 2)} on {robustScore.Df} df, {PValue(robustScore.P)}   ({fit.Clusters} clusters)");
            console.MarkupLine("[dim](The likelihood-ratio and score tests assume independent rows; the robust se, Wald and robust score tests allow for dependence within clusters.)[/]");
        }
        console.MarkupLine($"[dim]Log partial likelihood: null {Fixed(fit.LoglikNull, 3)}, model {Fixed(fit.Loglik, 3)}.[/]");
        if (zph is null) return;
        var ph = new Table().Border(TableBorder.Simple).Title(Markup.Escape($"Proportional hazards (cox.zph, transform = {zph.Transform})")).AddColumn("term")
            .AddColumn(new TableColumn("chisq").RightAligned()).AddColumn(new TableColumn("df").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned());
        foreach (var t in zph.Terms) ph.AddRow(Markup.Escape(t.Term), Fixed(t.Chisq, 3), Text.Int(t.Df), Text.P(t.P));
        ph.AddRow("GLOBAL", Fixed(zph.Global.Chisq, 3), Text.Int(zph.Global.Df), Text.P(zph.Global.P));
        console.Write(ph);
    }

    private static string PValue(double p) => p < 1e-4 ? "p < 0.0001" : $"p = {Text.P(p)}";

    private static string Significant(double value) =>
        double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : double.IsNaN(value) ? "NaN" : value > 0 ? "Inf" : "-Inf";

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

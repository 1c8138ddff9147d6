using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options of <c>mibg finegray</c> (docs/cli.md).</summary>
public sealed class FineGraySettings : CommandSettings
{
    [CommandArgument(0, "<DATA>")]
    [Description("The table: a CSV file (comma, semicolon or tab separated; point as decimal separator) or an xlsx workbook (first sheet). Row 1 is the header.")]
    public string Data { get; init; } = "";

    [CommandOption("--time <COLUMN>")]
    [Description("Column with the time to the first event or to censoring (≥ 0).")]
    public string? Time { get; init; }

    [CommandOption("--event <COLUMN>")]
    [Description("Column with the status: 0 = censored, any other integer = failed from that cause.")]
    public string? Event { get; init; }

    [CommandOption("--cause <CODE>")]
    [Description("The status code of the cause of interest (cmprsk's failcode); the other non-zero codes compete.")]
    public string? Cause { get; init; }

    [CommandOption("--covariates <COLUMNS>")]
    [Description("Comma-separated numeric columns of the model, e.g. age,female (code categories as 0/1 columns).")]
    public string? Covariates { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    /// <summary>The cause code.</summary>
    public int CauseCode => int.Parse(Cause!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>The covariate column names, in order.</summary>
    public string[] CovariateNames =>
        (Covariates ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Time)) return ValidationResult.Error("--time COLUMN is required");
        if (string.IsNullOrWhiteSpace(Event)) return ValidationResult.Error("--event COLUMN is required");
        if (string.IsNullOrWhiteSpace(Cause)) return ValidationResult.Error("--cause CODE is required (the status code of the cause of interest, e.g. 1)");
        if (!int.TryParse(Cause, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            return ValidationResult.Error($"--cause must be an integer status code, e.g. 1; got '{Cause}'");
        if (code == 0) return ValidationResult.Error("--cause 0 is the censoring code; give the code of a cause, e.g. 1");
        if (CovariateNames.Length == 0) return ValidationResult.Error("--covariates COLUMNS is required, e.g. --covariates age,female");
        var repeated = CovariateNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) return ValidationResult.Error($"--covariates names '{repeated.Key}' twice");
        return ValidationResult.Success();
    }
}

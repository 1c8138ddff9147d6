using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Options of <c>mibg cox</c>.</summary>
public sealed class CoxCommandSettings : SurvivalSettings
{
    [CommandOption("--start <COLUMN>")]
    [Description("Counting-process data: column with the start of each row: the row covers the time after start up to and including --time, so covariates may change during follow-up (R: Surv(start, stop, event)). Needs --id.")]
    public string? Start { get; init; }

    [CommandOption("--id <COLUMN>")]
    [Description("With --start: column naming the subject of each row; the rows of one subject must not overlap in time (checked).")]
    public string? Id { get; init; }

    [CommandOption("--covariates <COLUMNS>")]
    [Description("Comma-separated covariate columns, in model order (R: ~ a + b + c).")]
    public string? Covariates { get; init; }

    [CommandOption("--factor <COLUMNS>")]
    [Description("Covariates to treat as categorical (comma-separated or repeated): treatment contrasts, the first level in R's order (numeric, else alphabetical as R sorts) is the reference; terms are named var=level.")]
    public string[] Factor { get; init; } = [];

    [CommandOption("--ties <METHOD>")]
    [Description("Tied event times: efron (R's default) or breslow.")]
    [DefaultValue("efron")]
    public string Ties { get; init; } = "efron";

    [CommandOption("--strata <COLUMN>")]
    [Description("Column defining strata: a separate baseline hazard per stratum (R: + strata(S)).")]
    public string? Strata { get; init; }

    [CommandOption("--conf-level <LEVEL>")]
    [Description("Confidence level of the hazard-ratio intervals, between 0 and 1.")]
    [DefaultValue(0.95)]
    public double ConfLevel { get; init; } = 0.95;

    [CommandOption("--weights <COLUMN>")]
    [Description("Column of case weights, numbers > 0: a row of weight w counts as w identical rows (R: coxph(..., weights = w)). A weight that is not a whole number makes the standard errors robust, each row its own cluster, as R does.")]
    public string? Weights { get; init; }

    [CommandOption("--cluster <COLUMN>")]
    [Description("Column grouping rows that may be dependent (e.g. the rows of one patient, or the patients of one centre): the standard errors become robust (sandwich) ones and the robust score test is added (R: coxph(..., cluster = C)). An empty cell is an error; NA leaves the row out.")]
    public string? Cluster { get; init; }

    [CommandOption("--zph")]
    [Description("Also test proportional hazards on scaled Schoenfeld residuals (R: cox.zph), per term and globally; adds \"zph\" to the JSON.")]
    public bool Zph { get; init; }

    [CommandOption("--zph-transform <TRANSFORM>")]
    [Description("Time scale of the --zph test: km (R's default), rank, identity or log.")]
    [DefaultValue("km")]
    public string ZphTransform { get; init; } = "km";

    /// <summary>The covariate names, in order.</summary>
    public IReadOnlyList<string> CovariateNames => Split([Covariates ?? ""]);

    /// <summary>The factor names.</summary>
    public IReadOnlyList<string> FactorNames => Split(Factor);

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful) return common;
        if (CovariateNames.Count == 0) return ValidationResult.Error("--covariates COLUMNS is required, e.g. --covariates age,sex");
        var twice = CovariateNames.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) return ValidationResult.Error($"--covariates lists '{twice.Key}' twice");
        var stray = FactorNames.FirstOrDefault(f => !CovariateNames.Contains(f, StringComparer.Ordinal));
        if (stray is not null) return ValidationResult.Error($"--factor '{stray}' is not one of the --covariates ({string.Join(", ", CovariateNames)})");
        if (Ties is not ("efron" or "breslow")) return ValidationResult.Error($"--ties must be efron or breslow, not '{Ties}'");
        if (ConfLevel is <= 0 or >= 1) return ValidationResult.Error("--conf-level must be between 0 and 1, e.g. 0.95");
        if (ZphTransform is not ("km" or "rank" or "identity" or "log"))
            return ValidationResult.Error($"--zph-transform must be km, rank, identity or log, not '{ZphTransform}'");
        if (Start is not null && Id is null)
            return ValidationResult.Error("--start needs --id COLUMN (the subject of each row), so that overlapping rows of one subject can be refused");
        if (Id is not null && Start is null)
            return ValidationResult.Error("--id is for counting-process data and needs --start COLUMN");
        if (Start is { } st && (st == Time || CovariateNames.Contains(st, StringComparer.Ordinal)))
            return ValidationResult.Error($"--start '{st}' cannot also be the time column or a covariate");
        if (Strata is { } s && CovariateNames.Contains(s, StringComparer.Ordinal))
            return ValidationResult.Error($"'{s}' cannot be both a covariate and the strata");
        if (Weights is { } w && (w == Time || w == Event || w == Start || w == Cluster || CovariateNames.Contains(w, StringComparer.Ordinal)))
            return ValidationResult.Error($"--weights '{w}' cannot also be the time, event, start or cluster column or a covariate");
        if (Cluster is { } c && (c == Time || c == Event || c == Start))
            return ValidationResult.Error($"--cluster '{c}' cannot also be the time, event or start column");
        return ValidationResult.Success();
    }

    private static List<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}

namespace Mibg.Statistics.Survival;

/// <summary>
/// Kaplan–Meier estimates for one or more groups; serialised with snake_case names it is the JSON of
/// <c>mibg km</c> (design/cli.md).
/// </summary>
/// <param name="Method">Always "kaplan-meier".</param>
/// <param name="ConfType">R name of the interval transformation: "log", "log-log" or "plain".</param>
/// <param name="ConfLevel">Confidence level, e.g. 0.95.</param>
/// <param name="Dropped">Rows dropped for a missing value before fitting (0 when the caller passed complete data).</param>
/// <param name="Strata">One curve per group, in R's factor-level order.</param>
public sealed record KaplanMeierResult(
    string Method, string ConfType, double ConfLevel, int Dropped, IReadOnlyList<KaplanMeierStratum> Strata);

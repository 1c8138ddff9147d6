namespace Mibg.Statistics.Survival;

/// <summary>
/// One row of the Kaplan–Meier table at a distinct observed time (event or censoring), as a row of R's
/// <c>summary(fit, censored = TRUE)</c>.
/// </summary>
/// <param name="Time">The distinct time.</param>
/// <param name="NRisk">Subjects at risk just before <paramref name="Time"/> (time ≥ Time).</param>
/// <param name="NEvent">Events at <paramref name="Time"/>.</param>
/// <param name="NCensor">Censorings at <paramref name="Time"/>.</param>
/// <param name="Survival">Product-limit estimate S(t) just after <paramref name="Time"/>.</param>
/// <param name="StdErr">Greenwood standard error of S(t) (R <c>summary.survfit</c> std.err); null where R gives NaN (S = 0).</param>
/// <param name="Lower">Lower confidence limit; null where R gives NA.</param>
/// <param name="Upper">Upper confidence limit; null where R gives NA.</param>
public sealed record KaplanMeierStep(
    double Time, int NRisk, int NEvent, int NCensor, double Survival, double? StdErr, double? Lower, double? Upper);

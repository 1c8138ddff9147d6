namespace Mibg.Statistics.CompetingRisks;

/// <summary>
/// A Fine–Gray subdistribution-hazards fit; serialised with snake_case names it is the JSON of <c>mibg finegray</c>
/// (docs/cli.md). R: <c>crr(ftime, fstatus, cov1, failcode, cencode)</c> of package cmprsk 2.2 and its summary.
/// </summary>
/// <param name="Coefficients">One row per covariate, in the order given.</param>
/// <param name="Loglik">Log pseudo-likelihood at the estimate (crr <c>$loglik</c>).</param>
/// <param name="LoglikNull">Log pseudo-likelihood at β = 0 (crr <c>$loglik.null</c>).</param>
/// <param name="Converged">Newton–Raphson met crr's gradient criterion within its 10 iterations (crr <c>$converged</c>).</param>
/// <param name="N">Subjects used.</param>
/// <param name="Events">Failures from the cause of interest.</param>
/// <param name="CompetingEvents">Failures from other causes.</param>
public sealed record FineGrayResult(
    IReadOnlyList<FineGrayCoefficient> Coefficients, double Loglik, double LoglikNull, bool Converged, int N, int Events, int CompetingEvents);

/// <summary>One covariate of a Fine–Gray fit.</summary>
/// <param name="Name">Covariate name.</param>
/// <param name="Coef">β: log subdistribution hazard ratio per unit.</param>
/// <param name="Se">Robust (sandwich) standard error, √ of crr's <c>diag($var)</c>.</param>
/// <param name="Z">β / SE.</param>
/// <param name="P">Two-sided Wald p-value 2Φ(−|z|).</param>
/// <param name="Hr">Subdistribution hazard ratio exp(β).</param>
/// <param name="Lower">exp(β − 1.959964·SE): lower 95% limit (summary.crr <c>2.5%</c>).</param>
/// <param name="Upper">exp(β + 1.959964·SE): upper 95% limit.</param>
public sealed record FineGrayCoefficient(string Name, double Coef, double Se, double Z, double P, double Hr, double Lower, double Upper);

namespace Mibg.Statistics.Regression;

/// <summary>How tied event times enter the partial likelihood.</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation (R <c>coxph</c>'s default, <c>ties = "efron"</c>).</summary>
    Efron,

    /// <summary>Breslow's approximation (<c>ties = "breslow"</c>).</summary>
    Breslow,
}

/// <summary>
/// Fitting options, with R's <c>coxph.control()</c> defaults (survival 3.x).
/// </summary>
public sealed record CoxOptions
{
    /// <summary>Tie handling; default Efron as in R.</summary>
    public CoxTies Ties { get; init; } = CoxTies.Efron;

    /// <summary>Confidence level of the hazard-ratio intervals, in (0, 1); default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Maximum Newton–Raphson iterations (R <c>iter.max</c>, default 20).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Convergence when |1 − loglik_old / loglik_new| ≤ this (R <c>eps</c>, default 1e-9).</summary>
    public double Epsilon { get; init; } = 1e-9;

    /// <summary>Relative pivot tolerance of the Cholesky decomposition (R <c>toler.chol</c>, default .Machine$double.eps^0.75).</summary>
    public double CholeskyTolerance { get; init; } = Math.Pow(2.220446049250313e-16, 0.75);

    /// <summary>The defaults above.</summary>
    public static CoxOptions Default { get; } = new();
}

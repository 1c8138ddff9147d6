using System.Text.Json.Serialization;
using Mibg.Statistics.Regression.Internal;

namespace Mibg.Statistics.Regression;

/// <summary>
/// A fitted Cox proportional-hazards model, laid out as R's <c>summary(coxph(...))</c>. Serialized with
/// <c>JsonNamingPolicy.SnakeCaseLower</c> it is the <c>mibg cox</c> JSON of design/cli.md:
/// <c>{ties, n, events, dropped, coefficients, loglik_null, loglik, lr_test, wald_test, score_test, concordance}</c>.
/// </summary>
public sealed record CoxFit
{
    /// <summary><c>efron</c> or <c>breslow</c>.</summary>
    public required string Ties { get; init; }

    /// <summary>Rows used (R <c>fit$n</c>).</summary>
    public required int N { get; init; }

    /// <summary>Events among the rows used (R <c>fit$nevent</c>).</summary>
    public required int Events { get; init; }

    /// <summary>Rows dropped for a missing value in a used column (R's <c>na.action</c>).</summary>
    public required int Dropped { get; init; }

    /// <summary>One entry per model column, in formula order (a factor gives one per non-reference level).</summary>
    public required IReadOnlyList<CoxCoefficient> Coefficients { get; init; }

    /// <summary>Log partial likelihood at β = 0 (R <c>fit$loglik[1]</c>).</summary>
    public required double LoglikNull { get; init; }

    /// <summary>Log partial likelihood at the estimate (R <c>fit$loglik[2]</c>).</summary>
    public required double Loglik { get; init; }

    /// <summary>Likelihood-ratio test, 2 (loglik − loglik_null) on p df (R <c>summary(fit)$logtest</c>).</summary>
    public required ChiSquareTest LrTest { get; init; }

    /// <summary>
    /// Wald test β′ V⁻¹ β (R <c>summary(fit)$waldtest</c>): as R prints it, the statistic is rounded to
    /// 2 decimals while the p-value comes from the unrounded statistic (<see cref="WaldStatistic"/>).
    /// </summary>
    public required ChiSquareTest WaldTest { get; init; }

    /// <summary>Score (log-rank) test at β = 0 (R <c>summary(fit)$sctest</c>).</summary>
    public required ChiSquareTest ScoreTest { get; init; }

    /// <summary>Harrell's C of the linear predictor and its standard error (R <c>fit$concordance</c>).</summary>
    public required ConcordanceEstimate Concordance { get; init; }

    /// <summary>
    /// With a robust variance (<see cref="Robust"/>): the robust score test at β = 0, which, unlike the likelihood-ratio
    /// and score tests, allows for dependence within clusters (R <c>summary(fit)$robscore</c>); otherwise null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChiSquareTest? RobustScoreTest { get; init; }

    /// <summary>With a robust variance: the number of clusters (each row its own when no cluster was given); otherwise null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Clusters { get; init; }

    /// <summary>
    /// Whether the variance is the robust (sandwich) estimate: a cluster was given, or a weight is not a whole number
    /// (as R's <c>coxph</c> decides). Then <see cref="Variance"/>, the Wald test, z, p and the confidence limits use it,
    /// and each coefficient's <see cref="CoxCoefficient.Se"/> stays the model-based one beside <see cref="CoxCoefficient.RobustSe"/>.
    /// </summary>
    [JsonIgnore]
    public bool Robust => RobustScoreTest is not null;

    /// <summary>Whether case weights were given.</summary>
    [JsonIgnore]
    public bool Weighted => Frame?.Weight is not null;

    /// <summary>Whether the data was counting-process (start, stop] rows (then <see cref="N"/> counts rows, not subjects).</summary>
    [JsonIgnore]
    public bool CountingProcess => Frame?.IsCountingProcess ?? false;

    /// <summary>The unrounded Wald statistic (R <c>fit$wald.test</c>).</summary>
    [JsonIgnore]
    public double WaldStatistic { get; init; }

    /// <summary>Covariance matrix of the coefficients, original scale (R <c>vcov(fit)</c>): the robust one when <see cref="Robust"/>.</summary>
    [JsonIgnore]
    public double[,] Variance { get; init; } = new double[0, 0];

    /// <summary>The model-based covariance matrix, the inverse information (R <c>fit$naive.var</c> when robust, else <c>vcov(fit)</c>).</summary>
    [JsonIgnore]
    public double[,] NaiveVariance { get; init; } = new double[0, 0];

    /// <summary>Newton–Raphson iterations used (R <c>fit$iter</c>).</summary>
    [JsonIgnore]
    public int Iterations { get; init; }

    /// <summary>False when the iteration limit was reached first (R warns "Ran out of iterations").</summary>
    [JsonIgnore]
    public bool Converged { get; init; }

    /// <summary>
    /// Columns whose coefficient may be infinite (monotone likelihood, e.g. a covariate that separates events
    /// perfectly): R's <c>coxph</c> warning "Loglik converged before variable …; coefficient may be infinite"
    /// (|U V|ⱼ &gt; eps and &gt; √eps·|βⱼ|), or every column when the iterations ran out.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> PossiblyInfinite { get; init; } = [];

    /// <summary>The data as fitted, for residual-based diagnostics such as <see cref="ProportionalHazardsTest"/>.</summary>
    internal CoxModelFrame Frame { get; init; } = null!;

    /// <summary>The linear predictor per used row (sorted order of <see cref="Frame"/>), centred as R's.</summary>
    internal double[] LinearPredictor { get; init; } = [];
}

/// <summary>One row of R's coefficient table: estimate, hazard ratio, Wald z, p and CI of the hazard ratio.</summary>
/// <param name="Name">Column name: the covariate, or <c>factor=level</c>.</param>
/// <param name="Coef">log hazard ratio β.</param>
/// <param name="Hr">exp(β).</param>
/// <param name="Se">Standard error of β from the inverse information (R's <c>se(coef)</c>, model-based also when robust).</param>
/// <param name="Z">β / se, with the robust se when there is one (R's <c>z</c>).</param>
/// <param name="P">Two-sided p of z (normal).</param>
/// <param name="Lower">exp(β − z₍₁₊c₎/₂ se): lower confidence limit of the hazard ratio (robust se when there is one).</param>
/// <param name="Upper">exp(β + z₍₁₊c₎/₂ se).</param>
public sealed record CoxCoefficient(string Name, double Coef, double Hr, double Se, double Z, double P, double Lower, double Upper)
{
    /// <summary>The robust (sandwich) standard error of β (R's <c>robust se</c>); null when the variance is model-based.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RobustSe { get; init; }
}

/// <summary>A χ² test: statistic, degrees of freedom, upper-tail p.</summary>
public sealed record ChiSquareTest(double Chisq, int Df, double P);

/// <summary>Harrell's concordance index and its standard error (R survival 3.x <c>concordance</c>); null when no pair is comparable.</summary>
/// <param name="C">Fraction of comparable pairs where the earlier event has the higher risk score; ties in the score count ½.</param>
/// <param name="Se">Infinitesimal-jackknife standard error of C, as R's <c>sqrt(concordance(fit)$var)</c>.</param>
public sealed record ConcordanceEstimate(double? C, double? Se);

using System.Runtime.CompilerServices;
using Mibg.Statistics.Regression.Internal;

namespace Mibg.Statistics.Regression;

/// <summary>
/// Cox proportional-hazards regression for right-censored data, reproducing R survival 3.x
/// <c>summary(coxph(Surv(time, event) ~ x1 + x2 + factor + strata(s), ties = "efron"))</c>, and for
/// counting-process (start, stop] data with time-dependent covariates (<see cref="CoxInput.Start"/>), reproducing
/// <c>coxph(Surv(start, stop, event) ~ …)</c>; with case weights (<see cref="CoxInput.Weights"/>) and a robust variance
/// clustered by <see cref="CoxInput.Cluster"/>, <c>coxph(…, weights = w, cluster = c)</c>.
/// </summary>
public static class CoxRegression
{
    /// <summary>
    /// Fits the model by Newton–Raphson on the log partial likelihood (see <see cref="CoxOptions"/> for the
    /// convergence rule). Rows with a missing value in a used column are dropped and counted.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Columns of different lengths, a time that is negative or infinite, an event that is not 0/1, no
    /// covariate, no event among the rows used, or covariate columns that are constant or collinear.
    /// </exception>
    public static CoxFit Fit(CoxInput input, CoxOptions? options = null)
    {
        options ??= CoxOptions.Default;
        if (options.ConfidenceLevel is <= 0 or >= 1)
            throw new ArgumentException($"confidence level must be between 0 and 1, got {options.ConfidenceLevel}");
        var frame = CoxModelFrame.Build(input);
        if (frame.P == 0) throw new ArgumentException("the model needs at least one covariate");
        if (frame.N == 0) throw new ArgumentException($"no row is complete: all {frame.Dropped} rows have a missing value in a used column");
        if (frame.Events == 0) throw new ArgumentException($"there is no event among the {frame.N} rows used; a Cox model needs events");

        var fit = NewtonRaphson.Fit(frame, options);
        var p = frame.P;
        var linearPredictor = LinearPredictor(frame, fit.Beta, fit.Means);
        var efron = options.Ties == CoxTies.Efron;
        var robust = frame.Robust;
        var (variance, robustScore, clusters) = robust
            ? RobustVariance.Compute(frame, linearPredictor, fit.Variance, efron, options.CholeskyTolerance)
            : (fit.Variance, double.NaN, 0);
        var quantile = TailProbability.NormalQuantile(options.ConfidenceLevel);
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var b = fit.Beta[j];
            var naiveSe = Math.Sqrt(fit.Variance[j * p + j]);
            var se = Math.Sqrt(variance[j * p + j]);
            var z = b / se;
            coefficients[j] = new CoxCoefficient(frame.ColumnNames[j], b, Math.Exp(b), naiveSe, z,
                TailProbability.NormalTwoSided(z), Math.Exp(b - quantile * se), Math.Exp(b + quantile * se))
            {
                RobustSe = robust ? se : null,
            };
        }

        var wald = new SymmetricSolver(variance, p, options.CholeskyTolerance).QuadraticForm(fit.Beta);
        var lr = 2 * (fit.Loglik - fit.LoglikNull);
        return new CoxFit
        {
            Ties = options.Ties == CoxTies.Efron ? "efron" : "breslow",
            N = frame.N,
            Events = frame.Events,
            Dropped = frame.Dropped,
            Coefficients = coefficients,
            LoglikNull = fit.LoglikNull,
            Loglik = fit.Loglik,
            LrTest = new ChiSquareTest(lr, p, TailProbability.ChiSquare(lr, p)),
            WaldTest = new ChiSquareTest(Math.Round(wald, 2), p, TailProbability.ChiSquare(wald, p)),
            ScoreTest = new ChiSquareTest(fit.ScoreTest, p, TailProbability.ChiSquare(fit.ScoreTest, p)),
            Concordance = ConcordanceIndex.Sorted(frame, linearPredictor),
            RobustScoreTest = robust ? new ChiSquareTest(robustScore, p, TailProbability.ChiSquare(robustScore, p)) : null,
            Clusters = robust ? clusters : null,
            WaldStatistic = wald,
            Variance = ToMatrix(variance, p),
            NaiveVariance = ToMatrix(fit.Variance, p),
            Iterations = fit.Iterations,
            PossiblyInfinite = PossiblyInfinite(frame, fit, options),
            Converged = fit.Converged,
            Frame = frame,
            LinearPredictor = linearPredictor,
        };
    }

    /// <summary>R coxph.fit's warnings: a coefficient still drifting at convergence, or no convergence at all.</summary>
    private static string[] PossiblyInfinite(CoxModelFrame frame, NewtonRaphson.Result fit, CoxOptions options)
    {
        if (options.MaxIterations <= 1) return [];
        if (!fit.Converged) return frame.ColumnNames;
        var tolerance = Math.Sqrt(options.Epsilon);
        // coxph.fit: |UV| > eps and > √eps·|β|; agreg.fit (counting-process data): |UV| > √eps·(1 + |β|).
        return [.. Enumerable.Range(0, frame.P)
            .Where(j => !double.IsFinite(fit.Drift[j]) || (frame.IsCountingProcess
                ? fit.Drift[j] > tolerance * (1 + Math.Abs(fit.Beta[j]))
                : fit.Drift[j] > options.Epsilon && fit.Drift[j] > tolerance * Math.Abs(fit.Beta[j])))
            .Select(j => frame.ColumnNames[j])];
    }

    /// <summary>x′β − mean(x)′β per sorted row, as R's <c>fit$linear.predictors</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] LinearPredictor(CoxModelFrame frame, double[] beta, double[] means)
    {
        var p = frame.P;
        double center = 0;
        for (var j = 0; j < p; j++) center += beta[j] * means[j];
        var lp = new double[frame.N];
        for (long r = 0; r < frame.N; r++)
        {
            double eta = 0;
            for (var j = 0; j < p; j++) eta += frame.X[r * p + j] * beta[j];
            lp[r] = eta - center;
        }
        return lp;
    }

    private static double[,] ToMatrix(double[] values, int p)
    {
        var m = new double[p, p];
        for (var i = 0; i < p; i++)
            for (var j = 0; j < p; j++) m[i, j] = values[i * p + j];
        return m;
    }
}

using System.Runtime.CompilerServices;
namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Maximises the log partial likelihood as R survival's <c>coxph.fit</c> does, so that the iterates (not just
/// the limit) agree: covariates centred and scaled by the mean absolute deviation (0/±1 columns left as
/// they are, R's <c>nocenter = c(-1, 0, 1)</c>), start at β = 0, Newton steps, step-halving when ℓ falls
/// (the k-th consecutive halving moves to (new + k·old)/(k+1)), stop when |1 − ℓ_old/ℓ_new| ≤ eps.
/// </summary>
internal static class NewtonRaphson
{
    public sealed record Result(
        double[] Beta, double[] Variance, double LoglikNull, double Loglik, double ScoreTest, int Iterations, bool Converged, double[] Means)
    {
        /// <summary>Per column, |U V| on the original scale (R's <c>infs</c>): large when the likelihood is still rising along that coefficient.</summary>
        public double[] Drift { get; init; } = [];
    }

    public static Result Fit(CoxModelFrame frame, CoxOptions options)
    {
        var p = frame.P;
        var (x, means, scales) = CenterAndScale(frame);
        var likelihood = new PartialLikelihood(frame, x, options.Ties);

        var beta = new double[p];
        var loglikNull = likelihood.Evaluate(beta);
        var solver = new SymmetricSolver(likelihood.Information, p, options.CholeskyTolerance);
        if (solver.Rank < p) throw Redundant(frame, solver);
        var step = (double[])likelihood.Score.Clone();
        solver.Solve(step);
        double scoreTest = 0;
        for (var j = 0; j < p; j++) scoreTest += likelihood.Score[j] * step[j];

        var best = loglikNull;
        var loglik = loglikNull;
        var newBeta = new double[p];
        for (var j = 0; j < p; j++) newBeta[j] = beta[j] + step[j];
        var halving = 0;
        var converged = false;
        var iterations = 0;
        if (options.MaxIterations == 0 || !double.IsFinite(loglikNull))
        {
            converged = options.MaxIterations == 0;
            return Finish(beta, solver, scales, means, loglikNull, loglikNull, scoreTest, 0, converged);
        }
        for (iterations = 1; iterations <= options.MaxIterations; iterations++)
        {
            var newLoglik = likelihood.Evaluate(newBeta);
            solver = new SymmetricSolver(likelihood.Information, p, options.CholeskyTolerance);
            var finite = double.IsFinite(newLoglik) && likelihood.Score.All(double.IsFinite) && likelihood.Information.All(double.IsFinite);
            // R's agfit4 (counting-process data) also waits for a halving sequence to end; coxfit6 does not.
            if (finite && (halving == 0 || !frame.IsCountingProcess) && Math.Abs(1 - best / newLoglik) <= options.Epsilon)
            {
                converged = true;
                loglik = newLoglik;
                Array.Copy(newBeta, beta, p);
                break;
            }
            if (!finite || newLoglik < best)
            {
                halving++;
                for (var j = 0; j < p; j++) newBeta[j] = (newBeta[j] + halving * beta[j]) / (halving + 1.0);
            }
            else
            {
                halving = 0;
                best = newLoglik;
                var u = (double[])likelihood.Score.Clone();
                solver.Solve(u);
                for (var j = 0; j < p; j++)
                {
                    beta[j] = newBeta[j];
                    newBeta[j] += u[j];
                }
            }
        }
        if (!converged)
        {
            // Out of iterations: report the last accepted β with its information, as R does.
            iterations = options.MaxIterations;
            loglik = likelihood.Evaluate(beta);
            solver = new SymmetricSolver(likelihood.Information, p, options.CholeskyTolerance);
        }
        if (solver.Rank < p) throw Redundant(frame, solver);
        var result = Finish(beta, solver, scales, means, loglikNull, loglik, scoreTest, iterations, converged);
        // R's check for a coefficient heading to infinity: |U V| with U the score and V the variance at the estimate.
        var drift = new double[p];
        var scaledVariance = solver.Inverse();
        for (var j = 0; j < p; j++)
        {
            double sum = 0;
            for (var k = 0; k < p; k++) sum += likelihood.Score[k] * scaledVariance[k * p + j];
            drift[j] = Math.Abs(sum * scales[j]);
        }
        return result with { Drift = drift };
    }

    private static Result Finish(double[] beta, SymmetricSolver solver, double[] scales, double[] means,
        double loglikNull, double loglik, double scoreTest, int iterations, bool converged)
    {
        var p = beta.Length;
        var variance = solver.Inverse();
        var original = new double[p];
        for (var i = 0; i < p; i++)
        {
            original[i] = beta[i] * scales[i];
            for (var j = 0; j < p; j++) variance[i * p + j] *= scales[i] * scales[j];
        }
        return new Result(original, variance, loglikNull, loglik, scoreTest, iterations, converged, means);
    }

    /// <summary>Scaled copy of the design: (x − mean) · Σw / Σw|x − mean| (weighted mean; w = 1 without weights), except 0/±1 columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double[] X, double[] Means, double[] Scales) CenterAndScale(CoxModelFrame frame)
    {
        var p = frame.P;
        var n = frame.N;
        var x = (double[])frame.X.Clone();
        var weight = frame.Weight;
        var means = new double[p];
        var scales = new double[p];
        double totalWeight = n;
        if (weight is not null)
        {
            totalWeight = 0;
            for (var r = 0; r < n; r++) totalWeight += weight[r];
        }
        for (var j = 0; j < p; j++)
        {
            var indicator = true;
            double sum = 0;
            for (long r = 0; r < n; r++)
            {
                var v = x[r * p + j];
                sum += weight is null ? v : weight[r] * v;
                indicator &= v is 0 or 1 or -1;
            }
            if (indicator)
            {
                scales[j] = 1;
                continue;
            }
            var mean = sum / totalWeight;
            double absolute = 0;
            for (long r = 0; r < n; r++)
            {
                var v = x[r * p + j] - mean;
                x[r * p + j] = v;
                absolute += weight is null ? Math.Abs(v) : weight[r] * Math.Abs(v);
            }
            var scale = absolute > 0 ? totalWeight / absolute : 1.0;
            for (long r = 0; r < n; r++) x[r * p + j] *= scale;
            means[j] = mean;
            scales[j] = scale;
        }
        return (x, means, scales);
    }

    private static ArgumentException Redundant(CoxModelFrame frame, SymmetricSolver solver)
    {
        var names = Enumerable.Range(0, frame.P).Where(solver.IsRedundant).Select(j => frame.ColumnNames[j]);
        return new ArgumentException(
            $"covariate column(s) {string.Join(", ", names)} are constant or a linear combination of the others among the rows used " +
            "(R would report NA coefficients); remove them from the model");
    }
}

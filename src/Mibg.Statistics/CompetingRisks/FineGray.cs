using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Mibg.Statistics.CompetingRisks.Internal;
using Mibg.Statistics.Internal;
using Mibg.Statistics.Regression.Internal;

namespace Mibg.Statistics.CompetingRisks;

/// <summary>
/// Fine–Gray proportional subdistribution-hazards regression, equal to R <c>cmprsk::crr</c> 2.2 with fixed covariates
/// and one censoring group (Fortran <c>crrfsv</c>, <c>crrf</c>, <c>crrvv</c>; Newton–Raphson with crr's step halving):
/// Fine JP, Gray RJ (1999) A proportional hazards model for the subdistribution of a competing risk. JASA 94:496–509.
/// Definitions in docs/competing-risks.md.
/// </summary>
public static class FineGray
{
    private const double GradientTolerance = 1e-6; // crr gtol
    private const int MaxIterations = 10; // crr maxiter

    /// <summary>Fits the model for failures from <paramref name="cause"/>, other non-censored codes competing.</summary>
    /// <param name="times">Time of failure or censoring: finite, ≥ 0.</param>
    /// <param name="status"><paramref name="censorCode"/> = censored, other integers = causes.</param>
    /// <param name="covariates">Covariate columns (each as long as <paramref name="times"/>, finite values), at least one.</param>
    /// <param name="names">Covariate names, one per column.</param>
    /// <param name="cause">The cause of interest (crr <c>failcode</c>); must occur.</param>
    /// <param name="censorCode">Status code of censored subjects (crr <c>cencode</c>, default 0).</param>
    /// <exception cref="ArgumentException">Bad lengths or values, no covariate, or the cause never occurs.</exception>
    public static FineGrayResult Fit(
        double[] times, int[] status, IReadOnlyList<double[]> covariates, IReadOnlyList<string> names, int cause, int censorCode = 0)
    {
        var n = times.Length;
        var p = covariates.Count;
        if (p == 0) throw new ArgumentException("At least one covariate is needed.", nameof(covariates));
        if (names.Count != p) throw new ArgumentException("One name per covariate column.", nameof(names));
        if (status.Length != n || covariates.Any(c => c.Length != n))
            throw new ArgumentException("times, status and every covariate must have the same length.");
        if (cause == censorCode) throw new ArgumentException($"The cause of interest ({cause}) is the censoring code.", nameof(cause));
        for (var i = 0; i < n; i++)
            if (!double.IsFinite(times[i]) || times[i] < 0)
                throw new ArgumentException($"times[{i}] = {times[i].ToString(CultureInfo.InvariantCulture)}: times must be finite and ≥ 0.", nameof(times));
        for (var c = 0; c < p; c++)
            if (covariates[c].Any(v => !double.IsFinite(v)))
                throw new ArgumentException($"Covariate '{names[c]}' has a value that is not a finite number.", nameof(covariates));
        if (!status.Contains(cause))
            throw new ArgumentException($"No subject failed from cause {cause}: there is nothing to model.", nameof(cause));

        // d[order(d$ftime), ]: a stable sort by time.
        var order = Enumerable.Range(0, n).OrderBy(i => times[i]).ToArray();
        var t = new double[n];
        var code = new byte[n];
        var x = new double[n * p];
        for (var r = 0; r < n; r++)
        {
            var i = order[r];
            t[r] = times[i];
            code[r] = status[i] == censorCode ? (byte)0 : status[i] == cause ? (byte)1 : (byte)2;
            for (var c = 0; c < p; c++) x[r * p + c] = covariates[c][i];
        }
        var data = new FineGrayData(t, code, x, p);

        var (b, minusLogLik, converged) = NewtonRaphson(data);
        var (information, middle) = FineGrayVariance.Compute(data, b);
        var inverse = Matrix<double>.Build.DenseOfRowMajor(p, p, information).Inverse();
        var variance = inverse * Matrix<double>.Build.DenseOfRowMajor(p, p, middle) * inverse.Transpose();
        var z975 = -Distributions.NormalQuantile(0.025);
        var coefficients = new FineGrayCoefficient[p];
        for (var c = 0; c < p; c++)
        {
            var se = Math.Sqrt(variance[c, c]);
            var z = b[c] / se;
            coefficients[c] = new FineGrayCoefficient(names[c], b[c], se, z, TailProbability.NormalTwoSided(z),
                Math.Exp(b[c]), Math.Exp(b[c] - z975 * se), Math.Exp(b[c] + z975 * se));
        }
        var nullLik = FineGrayLikelihood.MinusLogLik(data, new double[p]);
        var events = code.Count(c => c == 1);
        var competing = code.Count(c => c == 2);
        return new FineGrayResult(coefficients, -minusLogLik, -nullLik, converged, n, events, competing);
    }

    /// <summary>crr's Newton–Raphson: from β = 0, full steps halved (up to 20 times) until −log L decreases enough.</summary>
    private static (double[] B, double MinusLogLik, bool Converged) NewtonRaphson(FineGrayData data)
    {
        var p = data.P;
        var b = new double[p];
        for (var iteration = 0; ; iteration++)
        {
            var (lik, gradient, hessian) = FineGrayLikelihood.WithDerivatives(data, b);
            double largest = 0;
            for (var k = 0; k < p; k++) largest = Math.Max(largest, Math.Abs(gradient[k]) * Math.Max(Math.Abs(b[k]), 1));
            if (largest < Math.Max(Math.Abs(lik), 1) * GradientTolerance) return (b, lik, true);
            if (iteration == MaxIterations) return (b, lik, false);
            var step = Matrix<double>.Build.DenseOfRowMajor(p, p, hessian).Solve(Vector<double>.Build.Dense(gradient)).Negate().ToArray();
            double slope = 0;
            for (var k = 0; k < p; k++) slope += step[k] * gradient[k];
            var next = Add(b, step);
            var nextLik = FineGrayLikelihood.MinusLogLik(data, next);
            var halvings = 0;
            while (double.IsNaN(nextLik) || nextLik > lik + 1e-4 * slope)
            {
                halvings++;
                for (var k = 0; k < p; k++) step[k] *= 0.5;
                next = Add(b, step);
                nextLik = FineGrayLikelihood.MinusLogLik(data, next);
                if (halvings > 20) break;
            }
            if (halvings > 20) return (b, lik, false);
            b = next;
        }
    }

    private static double[] Add(double[] a, double[] b)
    {
        var r = new double[a.Length];
        for (var i = 0; i < a.Length; i++) r[i] = a[i] + b[i];
        return r;
    }
}

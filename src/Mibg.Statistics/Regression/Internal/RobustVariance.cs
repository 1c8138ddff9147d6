namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// The robust (sandwich) variance of a Cox model's coefficients and the robust score test, as R's <c>coxph</c>
/// computes them when it is given <c>cluster</c> (or fractional weights): with Lᵢ the score residuals (see
/// <see cref="ScoreResiduals"/>), V the model-based variance and wᵢ the case weights, the dfbeta residuals are
/// Dᵢ = wᵢ Lᵢ V, summed within each cluster c to D_c; the variance is Σ_c D_c′ D_c (Lin &amp; Wei 1989, "The robust
/// inference for the Cox proportional hazards model", JASA 84:1074). The robust score test at β = 0 is u′ (T′T)⁻ u,
/// T_c = Σ_{i∈c} wᵢ Lᵢ(0) and u = Σ_c T_c (R's <c>fit$rscore</c>).
/// </summary>
internal static class RobustVariance
{
    /// <param name="frame">The data as fitted.</param>
    /// <param name="linearPredictor">Per sorted row, x′β̂ (centred or not).</param>
    /// <param name="naiveVariance">V, p×p row-major, original scale.</param>
    /// <param name="efron">Efron's ties (else Breslow).</param>
    /// <param name="tolerance">Pivot tolerance of the generalized inverse in the score test (R's <c>toler.chol</c>).</param>
    /// <returns>The robust variance (p×p row-major), the robust score statistic and the number of clusters.</returns>
    public static (double[] Variance, double ScoreTest, int Clusters) Compute(CoxModelFrame frame, double[] linearPredictor,
        double[] naiveVariance, bool efron, double tolerance)
    {
        var p = frame.P;
        var (cluster, clusters) = frame.Cluster is { } c ? (c, frame.ClusterCount) : (null, frame.N);
        var atEstimate = ClusterSums(frame, ScoreResiduals.Compute(frame, linearPredictor, efron), cluster, clusters);
        var variance = new double[p * p];
        var d = new double[p];
        for (var k = 0; k < clusters; k++)
        {
            // D_k = (Σ wᵢ Lᵢ) V, then the outer product.
            for (var j = 0; j < p; j++)
            {
                double sum = 0;
                for (var m = 0; m < p; m++) sum += atEstimate[(long)k * p + m] * naiveVariance[m * p + j];
                d[j] = sum;
            }
            for (var i = 0; i < p; i++)
                for (var j = 0; j < p; j++) variance[i * p + j] += d[i] * d[j];
        }

        var atZero = ClusterSums(frame, ScoreResiduals.Compute(frame, new double[frame.N], efron), cluster, clusters);
        var u = new double[p];
        var crossProduct = new double[p * p];
        for (var k = 0; k < clusters; k++)
        {
            for (var i = 0; i < p; i++)
            {
                var ti = atZero[(long)k * p + i];
                u[i] += ti;
                for (var j = 0; j < p; j++) crossProduct[i * p + j] += ti * atZero[(long)k * p + j];
            }
        }
        var scoreTest = new SymmetricSolver(crossProduct, p, tolerance).QuadraticForm(u);
        return (variance, scoreTest, clusters);
    }

    /// <summary>Σ wᵢ Lᵢ per cluster (each row its own cluster when <paramref name="cluster"/> is null).</summary>
    private static double[] ClusterSums(CoxModelFrame frame, double[] residuals, int[]? cluster, int clusters)
    {
        var p = frame.P;
        var sums = new double[(long)clusters * p];
        for (var r = 0; r < frame.N; r++)
        {
            var w = frame.Weight is { } weight ? weight[r] : 1.0;
            var k = cluster is null ? r : cluster[r];
            for (var j = 0; j < p; j++) sums[(long)k * p + j] += w * residuals[(long)r * p + j];
        }
        return sums;
    }
}

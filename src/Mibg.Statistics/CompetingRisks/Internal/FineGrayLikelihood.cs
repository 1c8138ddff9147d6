namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// Minus the log pseudo-likelihood of the Fine–Gray model, its gradient and Hessian — the quantities of cmprsk's Fortran
/// <c>crrfsv</c> and <c>crrf</c> (fixed covariates only). The risk set at a failure time t of the cause of interest
/// holds everyone still event-free at t, with weight exp(xᵀb), and everyone who failed earlier from another cause,
/// with weight exp(xᵀb)·Ĝ(t−)/Ĝ(tᵢ−); with d failures at t:
/// <code>
/// −log L = Σ_t [ d log S₀(t) − Σ_{failures at t} xᵢᵀb ];  gradient Σ_t [ d S₁/S₀ − Σ xᵢ ];  Hessian Σ_t d (S₂/S₀ − S₁S₁ᵀ/S₀²)
/// </code>
/// crr walks all rows at every failure time (O(n²)); the sums here come from <see cref="FineGrayRiskSets"/> in O(n p²).
/// </summary>
internal static class FineGrayLikelihood
{
    /// <summary>crrfsv: −log L, its gradient (p) and Hessian (p×p, row-major).</summary>
    public static (double MinusLogLik, double[] Gradient, double[] Hessian) WithDerivatives(FineGrayData d, double[] b) =>
        Evaluate(d, b, derivatives: true);

    /// <summary>crrf: −log L only.</summary>
    public static double MinusLogLik(FineGrayData d, double[] b) => Evaluate(d, b, derivatives: false).Item1;

    private static (double, double[], double[]) Evaluate(FineGrayData d, double[] b, bool derivatives)
    {
        var p = d.P;
        var x = d.X;
        var sets = new FineGrayRiskSets(d, b, derivatives);
        double lik = 0;
        var s = new double[p];
        var v = new double[p * p];
        var mean = new double[p];
        for (var g = 0; g + 1 < sets.GroupStart.Length; g++)
        {
            var failures = 0;
            for (var i = sets.GroupStart[g]; i < sets.GroupStart[g + 1]; i++)
            {
                if (d.Status[i] != 1) continue;
                failures++;
                lik -= sets.Eta[i];
                if (derivatives)
                    for (var j = 0; j < p; j++) s[j] -= x[i * p + j];
            }
            if (failures == 0) continue;
            var s0 = sets.S0[g];
            lik += failures * Math.Log(s0);
            if (!derivatives) continue;
            for (var j = 0; j < p; j++)
            {
                mean[j] = sets.S1[g * p + j] / s0;
                s[j] += failures * mean[j];
            }
            for (var j = 0; j < p; j++)
                for (var k = 0; k < p; k++) v[j * p + k] += failures * (sets.S2[g * p * p + j * p + k] / s0 - mean[j] * mean[k]);
        }
        return (lik, s, v);
    }
}

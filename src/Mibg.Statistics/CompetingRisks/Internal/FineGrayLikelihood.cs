namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// Minus the log pseudo-likelihood of the Fine–Gray model, its gradient and Hessian, as cmprsk's Fortran <c>crrfsv</c>
/// and <c>crrf</c> compute them (fixed covariates only). The risk set at a failure time t of the cause of interest
/// holds everyone still event-free at t, with weight exp(xᵀb), and everyone who failed earlier from another cause,
/// with weight exp(xᵀb)·Ĝ(t−)/Ĝ(tᵢ−).
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
        int n = d.N, p = d.P;
        var t2 = d.Time;
        var ici = d.Status;
        var wt = d.CensoringBefore;
        var x = d.X;
        var eta = new double[n];
        var risk = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = d.Eta(i, b);
            risk[i] = Math.Exp(eta[i]);
        }
        double lik = 0;
        var s = new double[p];
        var v = new double[p * p];
        var xb = new double[p];
        var xbt = new double[p];
        var vt = new double[p * p];
        // Failure times of the cause of interest from the largest down, as crrfsv walks them.
        var iuc = n - 1;
        while (iuc >= 0)
        {
            var found = -1;
            for (var i = iuc; i >= 0; i--)
                if (ici[i] == 1) { found = i; break; }
            if (found < 0) break;
            var cft = t2[found];
            iuc = found;
            double twf = 0;
            var first = found;
            for (var i = found; i >= 0; i--)
            {
                if (t2[i] < cft) break;
                first = i;
                if (ici[i] != 1) continue;
                twf++;
                lik -= eta[i];
                if (derivatives)
                    for (var j = 0; j < p; j++) s[j] -= x[i * p + j];
            }
            iuc = first;
            double xb1 = 0, xb1o = 0;
            Array.Clear(xb);
            Array.Clear(vt);
            for (var i = 0; i < n; i++)
            {
                double twt;
                if (t2[i] < cft)
                {
                    if (ici[i] <= 1) continue;
                    twt = risk[i] * wt[iuc] / wt[i];
                }
                else twt = risk[i];
                xb1 += twt;
                if (!derivatives) continue;
                for (var j = 0; j < p; j++)
                {
                    xb[j] += twt * x[i * p + j];
                    xbt[j] = x[i * p + j] - xb[j] / xb1;
                }
                if (xb1o > 0)
                {
                    var w = xb1 * twt / xb1o;
                    for (var k = 0; k < p; k++)
                        for (var j = k; j < p; j++) vt[k * p + j] += w * xbt[k] * xbt[j];
                }
                xb1o = xb1;
            }
            lik += twf * Math.Log(xb1);
            if (derivatives)
            {
                var f = twf / xb1;
                for (var i = 0; i < p; i++)
                {
                    s[i] += f * xb[i];
                    for (var j = i; j < p; j++)
                    {
                        v[i * p + j] += f * vt[i * p + j];
                        v[j * p + i] = v[i * p + j];
                    }
                }
            }
            iuc--;
        }
        return (lik, s, v);
    }
}

namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// The information matrix and the middle of the robust sandwich of a Fine–Gray fit, as cmprsk's Fortran <c>crrvv</c>
/// computes them (Fine &amp; Gray 1999, section 3: η_i from the score, ψ_i from estimating the censoring
/// distribution), for fixed covariates and one censoring group. crr's variance is I⁻¹ Σ I⁻¹ with these.
/// </summary>
internal static class FineGrayVariance
{
    /// <summary>Returns the information I (p×p) and Σ = Σ_i (η_i + ψ_i)(η_i + ψ_i)ᵀ (p×p), row-major.</summary>
    public static (double[] Information, double[] Middle) Compute(FineGrayData d, double[] b)
    {
        int n = d.N, p = d.P;
        var t2 = d.Time;
        var ici = d.Status;
        var wt = d.CensoringBefore;
        var x = d.X;
        var risk = new double[n];
        for (var i = 0; i < n; i++) risk[i] = Math.Exp(d.Eta(i, b));
        var v = new double[p * p];
        var v2 = new double[p * p];
        var ss2 = new double[p];
        var qu = new double[p];
        var atRisk = n; // icrsk: one censoring group
        // xb(i, 0..p): weighted risk-set sums at each failure i of the cause of interest.
        var xb0 = new double[n];
        var xbk = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            if (ici[i] != 1) continue;
            for (var j = 0; j < n; j++)
            {
                double twt;
                if (t2[j] < t2[i])
                {
                    if (ici[j] <= 1) continue;
                    twt = risk[j] * wt[i] / wt[j];
                }
                else twt = risk[j];
                xb0[i] += twt;
                for (var k = 0; k < p; k++) xbk[i * p + k] += twt * x[j * p + k];
            }
        }
        var lc = 0;
        var st1 = new double[p];
        var st2 = new double[p];
        var xbt = new double[p];
        var vt = new double[p * p];
        var ss3 = new double[p];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(st1);
            // dΛ̂ part of η_i
            for (var j = 0; j < n; j++)
            {
                if (ici[j] != 1) continue;
                double twt;
                if (t2[j] <= t2[i]) twt = risk[i];
                else if (t2[i] < t2[j] && ici[i] > 1) twt = risk[i] * wt[j] / wt[i];
                else continue;
                for (var k = 0; k < p; k++)
                    st1[k] -= (x[i * p + k] - xbk[j * p + k] / xb0[j]) * twt / xb0[j];
            }
            if (ici[i] == 1)
            {
                // dN_i part of η_i, and the information
                for (var k = 0; k < p; k++) st1[k] += x[i * p + k] - xbk[i * p + k] / xb0[i];
                Array.Clear(vt);
                for (var j = 0; j < n; j++)
                {
                    double twt;
                    if (t2[j] < t2[i])
                    {
                        if (ici[j] <= 1) continue;
                        twt = risk[j] * wt[i] / wt[j];
                    }
                    else twt = risk[j];
                    for (var k = 0; k < p; k++) xbt[k] = x[j * p + k] - xbk[i * p + k] / xb0[i];
                    for (var k = 0; k < p; k++)
                        for (var j2 = k; j2 < p; j2++) vt[k * p + j2] += twt * xbt[k] * xbt[j2];
                }
                for (var k = 0; k < p; k++)
                    for (var j2 = k; j2 < p; j2++) v[k * p + j2] += vt[k * p + j2] / xb0[i];
            }
            if (i == 0 || t2[i] > t2[i - 1])
            {
                // q(t_i) is needed when someone is censored at t_i (or, as crrvv, at the last time).
                var compute = true;
                for (var j = i; j < n; j++)
                {
                    if (t2[j] > t2[i]) { compute = false; break; }
                    if (ici[j] == 0) break;
                }
                if (compute)
                {
                    Array.Clear(qu);
                    for (var j1 = lc; j1 < n; j1++)
                    {
                        if (ici[j1] != 1) continue;
                        double ss4 = 0;
                        Array.Clear(ss3);
                        for (var j2 = 0; j2 < n; j2++)
                        {
                            if (t2[j2] >= t2[i]) break;
                            if (ici[j2] <= 1) continue;
                            var twt = risk[j2] * wt[j1] / wt[j2];
                            ss4 += twt;
                            for (var k = 0; k < p; k++) ss3[k] += x[j2 * p + k] * twt;
                        }
                        for (var k = 0; k < p; k++)
                            qu[k] += (ss3[k] - xbk[j1 * p + k] * ss4 / xb0[j1]) / xb0[j1];
                    }
                    // dΛ̂_c part of ψ, added at each censoring at t_i
                    for (var j = i; j < n; j++)
                    {
                        if (t2[j] > t2[i]) break;
                        if (ici[j] == 0)
                            for (var k = 0; k < p; k++) ss2[k] -= qu[k] / ((double)atRisk * atRisk);
                    }
                }
            }
            for (var k = 0; k < p; k++) st2[k] = ss2[k];
            if (ici[i] == 0)
                for (var k = 0; k < p; k++) st2[k] += qu[k] / atRisk;
            for (var k = 0; k < p; k++) st1[k] += st2[k];
            for (var k = 0; k < p; k++)
                for (var j2 = k; j2 < p; j2++) v2[k * p + j2] += st1[k] * st1[j2];
            if (i < n - 1 && t2[i + 1] > t2[i])
            {
                atRisk -= i + 1 - lc;
                lc = i + 1;
            }
        }
        for (var k = 0; k < p; k++)
            for (var j2 = k + 1; j2 < p; j2++)
            {
                v[j2 * p + k] = v[k * p + j2];
                v2[j2 * p + k] = v2[k * p + j2];
            }
        return (v, v2);
    }
}

namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// Score vector and its variance for comparing the cumulative incidence of one cause among k groups (Gray 1988), as
/// Fortran subroutines <c>crstm</c> (sum over strata) and <c>crst</c> (one stratum) of R package cmprsk 2.2 compute
/// them, statement for statement. The scores are those of groups 1..k−1.
/// </summary>
internal static class GrayScore
{
    /// <summary>Scores s (k−1) and variance V ((k−1)×(k−1), row-major) summed over strata.</summary>
    /// <param name="y">Times, ascending within each stratum.</param>
    /// <param name="m">0 = censored, 1 = failed from the cause of interest, 2 = failed from another cause.</param>
    /// <param name="group">Group 0..k−1.</param>
    /// <param name="strata">Consecutive row ranges, one per stratum, each sorted by time.</param>
    /// <param name="k">Number of groups.</param>
    /// <param name="rho">Power of the weight (1 − F(t−))^rho.</param>
    public static (double[] Score, double[] Variance) Compute(
        double[] y, byte[] m, int[] group, IReadOnlyList<(int Start, int End)> strata, int k, double rho)
    {
        var k1 = k - 1;
        var s = new double[k1];
        var v = new double[k1 * k1];
        foreach (var (start, end) in strata)
        {
            var (st, vt) = OneStratum(y.AsSpan(start, end - start), m.AsSpan(start, end - start), group.AsSpan(start, end - start), k, rho);
            for (var i = 0; i < k1; i++)
            {
                s[i] += st[i];
                for (var j = 0; j <= i; j++) v[i * k1 + j] += vt[i * k1 + j];
            }
        }
        for (var i = 0; i < k1; i++)
            for (var j = 0; j < i; j++) v[j * k1 + i] = v[i * k1 + j];
        return (s, v);
    }

    // crst: v holds the lower triangle (i ≥ j) in row-major (k−1)×(k−1) storage.
    private static (double[] S, double[] V) OneStratum(ReadOnlySpan<double> y, ReadOnlySpan<byte> m, ReadOnlySpan<int> ig, int ng, double rho)
    {
        var n = y.Length;
        var ng1 = ng - 1;
        var s = new double[ng1];
        var v = new double[ng1 * ng1];
        var rs = new int[ng];
        for (var i = 0; i < n; i++) rs[ig[i]]++;
        var f1m = new double[ng];
        var f1 = new double[ng];
        var skmm = new double[ng];
        var skm = new double[ng];
        var v3 = new double[ng];
        var v2 = new double[ng1 * ng];
        var c = new double[ng * ng];
        var a = new double[ng * ng];
        var d = new int[3 * ng];
        Array.Fill(skmm, 1.0);
        Array.Fill(skm, 1.0);
        double fm = 0, f = 0;
        for (var ll = 0; ll < n;)
        {
            var lu = ll;
            while (lu + 1 < n && !(y[lu + 1] > y[ll])) lu++;
            Array.Clear(d);
            for (var i = ll; i <= lu; i++) d[m[i] * ng + ig[i]]++;
            int nd1 = 0, nd2 = 0;
            for (var i = 0; i < ng; i++)
            {
                nd1 += d[ng + i];
                nd2 += d[2 * ng + i];
            }
            if (nd1 != 0 || nd2 != 0)
            {
                double tr = 0, tq = 0;
                for (var i = 0; i < ng; i++)
                {
                    if (rs[i] <= 0) continue;
                    var td = d[ng + i] + d[2 * ng + i];
                    skm[i] = skmm[i] * (rs[i] - td) / rs[i];
                    f1[i] = f1m[i] + skmm[i] * d[ng + i] / rs[i];
                    tr += rs[i] / skmm[i];
                    tq += rs[i] * (1 - f1m[i]) / skmm[i];
                }
                f = fm + nd1 / tr;
                var fb = Math.Pow(1 - fm, rho);
                for (var i = 0; i < ng; i++)
                {
                    for (var j = i; j < ng; j++) a[i * ng + j] = 0;
                    if (rs[i] <= 0) continue;
                    var t1 = rs[i] / skmm[i];
                    a[i * ng + i] = fb * t1 * (1 - t1 / tr);
                    if (a[i * ng + i] != 0) c[i * ng + i] += a[i * ng + i] * nd1 / (tr * (1 - fm));
                    for (var j = i + 1; j < ng; j++)
                    {
                        if (rs[j] <= 0) continue;
                        a[i * ng + j] = -fb * t1 * rs[j] / (skmm[j] * tr);
                        if (a[i * ng + j] != 0) c[i * ng + j] += a[i * ng + j] * nd1 / (tr * (1 - fm));
                    }
                }
                for (var i = 1; i < ng; i++)
                    for (var j = 0; j < i; j++)
                    {
                        a[i * ng + j] = a[j * ng + i];
                        c[i * ng + j] = c[j * ng + i];
                    }
                for (var i = 0; i < ng1; i++)
                {
                    if (rs[i] <= 0) continue;
                    // In double: cmprsk multiplies these two counts as 32-bit integers, which overflows beyond ~2·10⁹.
                    s[i] += fb * (d[ng + i] - (double)nd1 * rs[i] * (1 - f1m[i]) / (skmm[i] * tq));
                }
                if (nd1 > 0)
                    for (var kk = 0; kk < ng; kk++)
                    {
                        if (rs[kk] <= 0) continue;
                        var t4 = skm[kk] > 0 ? 1 - (1 - f) / skm[kk] : 1.0;
                        var t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[kk] - 1) : 1.0;
                        var t3 = t5 * skmm[kk] * nd1 / (tr * rs[kk]);
                        v3[kk] += t4 * t4 * t3;
                        for (var i = 0; i < ng1; i++)
                        {
                            var t1 = a[i * ng + kk] - t4 * c[i * ng + kk];
                            v2[i * ng + kk] += t1 * t4 * t3;
                            for (var j = 0; j <= i; j++)
                            {
                                var t2 = a[j * ng + kk] - t4 * c[j * ng + kk];
                                v[i * ng1 + j] += t1 * t2 * t3;
                            }
                        }
                    }
                if (nd2 != 0)
                    for (var kk = 0; kk < ng; kk++)
                    {
                        var dk = d[2 * ng + kk];
                        if (skm[kk] <= 0 || dk <= 0) continue;
                        var t4 = (1 - f) / skm[kk];
                        var t5 = dk > 1 ? 1 - (dk - 1.0) / (rs[kk] - 1.0) : 1.0;
                        double t6 = rs[kk];
                        var t3 = t5 * (skmm[kk] * skmm[kk] * dk) / (t6 * t6);
                        v3[kk] += t4 * t4 * t3;
                        for (var i = 0; i < ng1; i++)
                        {
                            var t1 = t4 * c[i * ng + kk];
                            v2[i * ng + kk] -= t1 * t4 * t3;
                            for (var j = 0; j <= i; j++)
                            {
                                var t2 = t4 * c[j * ng + kk];
                                v[i * ng1 + j] += t1 * t2 * t3;
                            }
                        }
                    }
            }
            if (lu >= n - 1) break;
            for (var i = ll; i <= lu; i++) rs[ig[i]]--;
            fm = f;
            Array.Copy(f1, f1m, ng);
            Array.Copy(skm, skmm, ng);
            ll = lu + 1;
        }
        for (var i = 0; i < ng1; i++)
            for (var j = 0; j <= i; j++)
                for (var kk = 0; kk < ng; kk++)
                {
                    v[i * ng1 + j] += c[i * ng + kk] * c[j * ng + kk] * v3[kk];
                    v[i * ng1 + j] += c[i * ng + kk] * v2[j * ng + kk];
                    v[i * ng1 + j] += c[j * ng + kk] * v2[i * ng + kk];
                }
        return (s, v);
    }
}

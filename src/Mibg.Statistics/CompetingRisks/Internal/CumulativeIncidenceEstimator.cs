namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// The Aalen–Johansen cumulative incidence of one cause in one group, with its variance, as Fortran subroutine
/// <c>cinc</c> of R package cmprsk 2.2 (Gray 1988) computes them, statement for statement.
/// </summary>
internal static class CumulativeIncidenceEstimator
{
    /// <summary>
    /// Estimates on times sorted ascending. Returns cmprsk's corner points: (0, 0, 0) first, each jump time twice
    /// (value before, value after), and the last follow-up time with the last value.
    /// </summary>
    /// <param name="y">Times, ascending, ≥ 0.</param>
    /// <param name="failed">Failed from any cause.</param>
    /// <param name="ofCause">Failed from the cause of interest (implies <paramref name="failed"/>).</param>
    public static (double[] Time, double[] Estimate, double[] Variance) Estimate(ReadOnlySpan<double> y, ReadOnlySpan<bool> failed, ReadOnlySpan<bool> ofCause)
    {
        var n = y.Length;
        if (n == 0) return ([0], [0], [0]);
        var causeTimes = 0;
        var previous = double.NaN;
        for (var i = 0; i < n; i++)
            if (ofCause[i] && y[i] != previous) { causeTimes++; previous = y[i]; }
        var size = 2 * causeTimes + 2;
        var x = new double[size];
        var f = new double[size];
        var v = new double[size];
        double fk = 1, v1 = 0, v2 = 0, v3 = 0;
        var last = 0; // 0-based lcnt
        double rs = n;
        for (var start = 0; start < n;)
        {
            var end = start;
            var ty = y[start];
            int nd1 = 0, nd2 = 0;
            for (; end < n && y[end] == ty; end++)
            {
                if (ofCause[end]) nd1++;
                else if (failed[end]) nd2++;
            }
            var nd = nd1 + nd2;
            if (nd > 0)
            {
                var fkn = fk * (rs - nd) / rs;
                if (nd1 > 0)
                {
                    last += 2;
                    f[last - 1] = f[last - 2];
                    f[last] = f[last - 1] + fk * nd1 / rs;
                }
                if (nd2 > 0 && fkn > 0)
                {
                    var t5 = nd2 > 1 ? 1 - (nd2 - 1.0) / (rs - 1.0) : 1.0;
                    var t6 = fk * fk * t5 * nd2 / (rs * rs);
                    var t3 = 1.0 / fkn;
                    var t4 = f[last] / fkn;
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                }
                if (nd1 > 0)
                {
                    var t5 = nd1 > 1 ? 1 - (nd1 - 1.0) / (rs - 1.0) : 1.0;
                    var t6 = fk * fk * t5 * nd1 / (rs * rs);
                    var t3 = fkn > 0 ? 1 / fkn : 0.0;
                    var t4 = 1 + t3 * f[last];
                    v1 += t4 * t4 * t6;
                    v2 += t3 * t4 * t6;
                    v3 += t3 * t3 * t6;
                    var t2 = f[last];
                    x[last - 1] = ty;
                    x[last] = ty;
                    v[last - 1] = v[last - 2];
                    v[last] = v1 + t2 * t2 * v3 - 2 * t2 * v2;
                }
                fk = fkn;
            }
            rs = n - end;
            start = end;
        }
        last++;
        x[last] = y[n - 1];
        f[last] = f[last - 1];
        v[last] = v[last - 1];
        return (x, f, v);
    }
}

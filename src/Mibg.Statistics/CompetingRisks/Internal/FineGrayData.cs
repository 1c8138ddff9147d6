namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// The data of a Fine–Gray fit as cmprsk's <c>crr</c> hands them to its Fortran: rows sorted by time, status coded
/// 1 = cause of interest, 2 = another cause, 0 = censored, covariates row-major, and the Kaplan–Meier estimate of the
/// censoring distribution just before each row's time.
/// </summary>
internal sealed class FineGrayData
{
    public FineGrayData(double[] time, byte[] status, double[] x, int p)
    {
        Time = time;
        Status = status;
        X = x;
        P = p;
        CensoringBefore = CensoringSurvivalBefore(time, status);
    }

    public double[] Time { get; }

    public byte[] Status { get; }

    /// <summary>Row-major n × p covariates.</summary>
    public double[] X { get; }

    public int P { get; }

    public int N => Time.Length;

    /// <summary>Ĝ(t_i−) for each row i (crr's <c>uuu</c>).</summary>
    public double[] CensoringBefore { get; }

    /// <summary>
    /// crr: <c>survfit(Surv(ftime, cenind) ~ 1)</c> read by <c>approx(c(min(0, time) − 10ε, time, max(time)(1 + 10ε)),
    /// c(1, surv, 0), xout = ftime (1 − 100ε), method = "constant", f = 0, rule = 2)</c>: the censoring survival at
    /// the last knot at or before a point just below each time.
    /// </summary>
    private static double[] CensoringSurvivalBefore(double[] time, byte[] status)
    {
        const double eps = 2.220446049250313e-16; // R's .Machine$double.eps
        var n = time.Length;
        var knots = new List<double>(n + 2);
        var values = new List<double>(n + 2);
        knots.Add(Math.Min(0, time[0]) - 10 * eps);
        values.Add(1);
        double surv = 1;
        for (var i = 0; i < n;)
        {
            var j = i;
            var censored = 0;
            for (; j < n && time[j] == time[i]; j++) if (status[j] == 0) censored++;
            surv *= (double)(n - i - censored) / (n - i);
            knots.Add(time[i]);
            values.Add(surv);
            i = j;
        }
        knots.Add(time[n - 1] * (1 + 10 * eps));
        values.Add(0);
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = time[i] * (1 - 100 * eps);
            int lo = 0, hi = knots.Count - 1, found = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (knots[mid] <= v) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            result[i] = values[found];
        }
        return result;
    }

    /// <summary>Linear predictor xᵢᵀb.</summary>
    public double Eta(int i, double[] b)
    {
        double s = 0;
        for (var k = 0; k < P; k++) s += X[i * P + k] * b[k];
        return s;
    }
}

using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Agreement;

/// <summary>
/// The six intraclass correlations of Shrout &amp; Fleiss (1979) from the two-way ANOVA of subjects × raters, with F
/// tests and confidence intervals exactly as R's <c>psych::ICC(x, lmer = FALSE, alpha = 0.05)</c> (psych 2.2.9),
/// including McGraw &amp; Wong's approximate degrees of freedom for the ICC2 interval.
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>Computes ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k.</summary>
    /// <param name="ratingsByRater">ratingsByRater[r][i] = rating of subject i by rater r; complete, at least 2 raters and 2 subjects.</param>
    /// <param name="alpha">1 − confidence level (psych default 0.05).</param>
    public static IReadOnlyList<IccResult> Compute(double[][] ratingsByRater, double alpha = 0.05)
    {
        var k = ratingsByRater.Length;
        if (k < 2) throw new ArgumentException("At least two raters are needed.", nameof(ratingsByRater));
        var n = ratingsByRater[0].Length;
        if (ratingsByRater.Any(r => r.Length != n)) throw new ArgumentException("Every rater must rate the same subjects.", nameof(ratingsByRater));
        if (n < 2) throw new ArgumentException("At least two subjects are needed.", nameof(ratingsByRater));

        double grand = 0;
        var rowMean = new double[n];
        var colMean = new double[k];
        for (var r = 0; r < k; r++)
            for (var i = 0; i < n; i++)
            {
                var rating = ratingsByRater[r][i];
                rowMean[i] += rating / k;
                colMean[r] += rating / n;
                grand += rating;
            }
        grand /= n * k;
        double ssRows = 0, ssCols = 0, ssError = 0;
        for (var i = 0; i < n; i++) ssRows += k * (rowMean[i] - grand) * (rowMean[i] - grand);
        for (var r = 0; r < k; r++) ssCols += n * (colMean[r] - grand) * (colMean[r] - grand);
        for (var r = 0; r < k; r++)
            for (var i = 0; i < n; i++)
            {
                var e = ratingsByRater[r][i] - rowMean[i] - colMean[r] + grand;
                ssError += e * e;
            }
        double nj = k, nObs = n;
        var msb = ssRows / (n - 1);
        var msj = ssCols / (k - 1);
        var mse = ssError / ((n - 1.0) * (k - 1));
        var msw = (ssCols + ssError) / ((k - 1.0) + (n - 1.0) * (k - 1));

        // Every rater gives every subject the same rating: all six ICCs are 1 and so are their bounds (the limit as the
        // residual goes to 0; R's anova leaves rounding noise there and psych prints F ≈ 1e32, bounds 1). Computed
        // directly because F is infinite and the McGraw–Wong degrees of freedom are 0/0.
        if (msw == 0 && mse == 0 && msb > 0)
        {
            double n1 = n - 1, nk = n * (k - 1.0), nk1 = (n - 1.0) * (k - 1);
            return
            [
                new IccResult("ICC1", 1, double.PositiveInfinity, n1, nk, 0, 1, 1),
                new IccResult("ICC2", 1, double.PositiveInfinity, n1, nk1, 0, 1, 1),
                new IccResult("ICC3", 1, double.PositiveInfinity, n1, nk1, 0, 1, 1),
                new IccResult("ICC1k", 1, double.PositiveInfinity, n1, nk, 0, 1, 1),
                new IccResult("ICC2k", 1, double.PositiveInfinity, n1, nk1, 0, 1, 1),
                new IccResult("ICC3k", 1, double.PositiveInfinity, n1, nk1, 0, 1, 1),
            ];
        }

        var icc1 = (msb - msw) / (msb + (nj - 1) * msw);
        var icc2 = (msb - mse) / (msb + (nj - 1) * mse + nj * (msj - mse) / nObs);
        var icc3 = (msb - mse) / (msb + (nj - 1) * mse);
        var icc1k = (msb - msw) / msb;
        var icc2k = (msb - mse) / (msb + (msj - mse) / nObs);
        var icc3k = (msb - mse) / msb;

        var f11 = msb / msw;
        double df11n = n - 1, df11d = n * (k - 1.0);
        var p11 = Distributions.FUpper(f11, df11n, df11d);
        var f21 = msb / mse;
        double df21n = n - 1, df21d = (n - 1.0) * (k - 1);
        var p21 = Distributions.FUpper(f21, df21n, df21d);

        var q = 1 - alpha / 2;
        var f1L = f11 / Distributions.FQuantile(q, df11n, df11d);
        var f1U = f11 * Distributions.FQuantile(q, df11d, df11n);
        var l1 = (f1L - 1) / (f1L + (nj - 1));
        var u1 = (f1U - 1) / (f1U + nj - 1);
        var f3L = f21 / Distributions.FQuantile(q, df21n, df21d);
        var f3U = f21 * Distributions.FQuantile(q, df21d, df21n);
        var l3single = (f3L - 1) / (f3L + nj - 1);
        var u3single = (f3U - 1) / (f3U + nj - 1);

        // ICC2: approximate df v (McGraw & Wong 1996, as psych).
        var fj = msj / mse;
        var vn = (nj - 1) * (nObs - 1) * Math.Pow(nj * icc2 * fj + nObs * (1 + (nj - 1) * icc2) - nj * icc2, 2);
        var vd = (nObs - 1) * nj * nj * icc2 * icc2 * fj * fj + Math.Pow(nObs * (1 + (nj - 1) * icc2) - nj * icc2, 2);
        var v = vn / vd;
        var fu = Distributions.FQuantile(q, nObs - 1, v);
        var fl = Distributions.FQuantile(q, v, nObs - 1);
        var l2 = nObs * (msb - fu * mse) / (fu * (nj * msj + (nj * nObs - nj - nObs) * mse) + nObs * msb);
        var u2 = nObs * (fl * msb - mse) / (nj * msj + (nj * nObs - nj - nObs) * mse + nObs * fl * msb);
        var l2k = l2 * nj / (1 + l2 * (nj - 1));
        var u2k = u2 * nj / (1 + u2 * (nj - 1));

        return
        [
            new IccResult("ICC1", icc1, f11, df11n, df11d, p11, l1, u1),
            new IccResult("ICC2", icc2, f21, df21n, df21d, p21, l2, u2),
            new IccResult("ICC3", icc3, f21, df21n, df21d, p21, l3single, u3single),
            new IccResult("ICC1k", icc1k, f11, df11n, df11d, p11, 1 - 1 / f1L, 1 - 1 / f1U),
            new IccResult("ICC2k", icc2k, f21, df21n, df21d, p21, l2k, u2k),
            new IccResult("ICC3k", icc3k, f21, df21n, df21d, p21, 1 - 1 / f3L, 1 - 1 / f3U),
        ];
    }
}

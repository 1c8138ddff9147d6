using MathNet.Numerics;

namespace Mibg.Statistics.Internal;

/// <summary>
/// Tail probabilities and quantiles computed for full relative precision in the tails (R's <c>pchisq(lower.tail =
/// FALSE)</c>, <c>pf(lower.tail = FALSE)</c>, <c>qnorm</c>, <c>qbeta</c>, <c>qf</c>), on MathNet's special functions.
/// </summary>
internal static class Distributions
{
    /// <summary>P(X &gt; x) for X ~ χ²(df): the regularised upper incomplete gamma Q(df/2, x/2). R: <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
    public static double ChiSquareUpper(double x, double df)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0) return 1.0;
        return SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);
    }

    /// <summary>P(F &gt; f) for F ~ F(df1, df2) = I_{df2/(df2+df1 f)}(df2/2, df1/2). R: <c>pf(f, df1, df2, lower.tail = FALSE)</c>.</summary>
    public static double FUpper(double f, double df1, double df2)
    {
        if (double.IsNaN(f)) return double.NaN;
        if (f <= 0) return 1.0;
        if (double.IsPositiveInfinity(f)) return 0.0;
        return SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + df1 * f));
    }

    /// <summary>Standard normal quantile. R: <c>qnorm(p)</c>.</summary>
    public static double NormalQuantile(double p) => -Constants.Sqrt2 * SpecialFunctions.ErfcInv(2 * p);

    /// <summary>
    /// Quantile of Beta(a, b) (R: <c>qbeta(p, a, b)</c>) by bisection on the regularised incomplete beta function,
    /// run until the bracket cannot shrink in double precision. NaN when an argument is NaN or a shape is not
    /// positive, as R's <c>qbeta</c> (without the NaN check the bisection spends seconds on undefined values).
    /// </summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        if (double.IsNaN(p) || !(a > 0) || !(b > 0)) return double.NaN;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        // Solve on the side where the target probability is small, for relative precision.
        if (p > 0.5) return 1 - BisectLower(1 - p, b, a);
        return BisectLower(p, a, b);
    }

    private static double BisectLower(double p, double a, double b)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 2000; i++)
        {
            var mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) break;
            if (SpecialFunctions.BetaRegularized(a, b, mid) < p) lo = mid;
            else hi = mid;
        }
        return lo + (hi - lo) / 2;
    }

    /// <summary>Quantile of F(df1, df2) (R: <c>qf(p, df1, df2)</c>); df may be non-integer.</summary>
    public static double FQuantile(double p, double df1, double df2)
    {
        // F = (df2 X) / (df1 (1 − X)) with X ~ Beta(df1/2, df2/2); compute 1 − X directly for precision near 1.
        var x = BetaQuantile(p, df1 / 2, df2 / 2);
        var oneMinusX = BetaQuantile(1 - p, df2 / 2, df1 / 2);
        return df2 * x / (df1 * oneMinusX);
    }
}

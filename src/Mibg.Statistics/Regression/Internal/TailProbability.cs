using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>Upper-tail probabilities computed directly (not as 1 − CDF), so small p-values keep their digits.</summary>
internal static class TailProbability
{
    /// <summary>P(χ²_df &gt; x), R's <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
    public static double ChiSquare(double x, int df) =>
        x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);

    /// <summary>P(|Z| &gt; |z|), R's <c>2 * pnorm(-abs(z))</c>.</summary>
    public static double NormalTwoSided(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>The standard normal quantile for a two-sided interval of <paramref name="level"/>, R's <c>qnorm((1 + level) / 2)</c>.</summary>
    public static double NormalQuantile(double level) => Normal.InvCDF(0, 1, (1 + level) / 2);
}

using MathNet.Numerics;
using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>The p-values and quantile of the Cox tables, on the shared <see cref="Distributions"/>.</summary>
internal static class TailProbability
{
    /// <summary>P(χ²_df &gt; x), R's <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
    public static double ChiSquare(double x, int df) => Distributions.ChiSquareUpper(x, df);

    /// <summary>P(|Z| &gt; |z|) = erfc(|z|/√2), computed directly so small p keep their digits; R's <c>2 * pnorm(-abs(z))</c>.</summary>
    public static double NormalTwoSided(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Constants.Sqrt2);

    /// <summary>The standard normal quantile for a two-sided interval of <paramref name="level"/>, R's <c>qnorm((1 + level) / 2)</c>.</summary>
    public static double NormalQuantile(double level) => Distributions.NormalQuantile((1 + level) / 2);
}

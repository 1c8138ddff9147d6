namespace Mibg.Statistics.Agreement;

/// <summary>
/// Bland &amp; Altman (1986) limits of agreement of two raters: bias = mean(r1 − r2), sd = sd(r1 − r2) (n − 1),
/// limits bias ± 1.96 sd. R: <c>d &lt;- x1 - x2; c(mean(d), sd(d), mean(d) - 1.96 * sd(d), mean(d) + 1.96 * sd(d))</c>.
/// </summary>
public static class BlandAltman
{
    /// <summary>The multiplier of the limits of agreement (Bland &amp; Altman's 1.96).</summary>
    public const double LimitMultiplier = 1.96;

    /// <summary>Bias, sd and 95 % limits of agreement of rater1 − rater2 (at least two subjects).</summary>
    public static BlandAltmanResult Compute(IReadOnlyList<double> rater1, IReadOnlyList<double> rater2)
    {
        if (rater1.Count != rater2.Count) throw new ArgumentException("Both raters must rate the same subjects.", nameof(rater2));
        var n = rater1.Count;
        if (n < 2) throw new ArgumentException("At least two subjects are needed.", nameof(rater1));
        double mean = 0;
        for (var i = 0; i < n; i++) mean += rater1[i] - rater2[i];
        mean /= n;
        double ss = 0;
        for (var i = 0; i < n; i++)
        {
            var e = rater1[i] - rater2[i] - mean;
            ss += e * e;
        }
        var sd = Math.Sqrt(ss / (n - 1));
        return new BlandAltmanResult(mean, sd, mean - LimitMultiplier * sd, mean + LimitMultiplier * sd);
    }
}

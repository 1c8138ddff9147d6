using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Descriptive;

/// <summary>A proportion with a two-sided confidence interval.</summary>
/// <param name="Count">Successes x.</param>
/// <param name="N">Trials n.</param>
/// <param name="Estimate">x / n.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="Method">"wilson" or "clopper-pearson".</param>
/// <param name="ConfLevel">Confidence level.</param>
public sealed record ProportionInterval(int Count, int N, double Estimate, double Lower, double Upper, string Method, double ConfLevel);

/// <summary>Confidence intervals for a binomial proportion.</summary>
public static class Proportion
{
    /// <summary>
    /// Wilson score interval without continuity correction (Wilson 1927). R: <c>prop.test(x, n, correct = FALSE)$conf.int</c>.
    /// </summary>
    /// <param name="count">Successes, 0 ≤ x ≤ n.</param>
    /// <param name="n">Trials, n ≥ 1.</param>
    /// <param name="confLevel">Two-sided level in (0, 1).</param>
    public static ProportionInterval Wilson(int count, int n, double confLevel = 0.95)
    {
        CheckArguments(count, n, confLevel);
        var p = (double)count / n;
        var z = Distributions.NormalQuantile((1 + confLevel) / 2);
        // R stats:::prop.test, YATES = 0
        var z22n = z * z / (2.0 * n);
        var root = z * Math.Sqrt(p * (1 - p) / n + z22n / (2.0 * n));
        var upper = p >= 1 ? 1 : (p + z22n + root) / (1 + 2 * z22n);
        var lower = p <= 0 ? 0 : (p + z22n - root) / (1 + 2 * z22n);
        return new ProportionInterval(count, n, p, Math.Max(lower, 0), Math.Min(upper, 1), "wilson", confLevel);
    }

    /// <summary>
    /// Clopper–Pearson exact interval from beta quantiles (Clopper &amp; Pearson 1934). R: <c>binom.test(x, n)$conf.int</c>.
    /// </summary>
    public static ProportionInterval ClopperPearson(int count, int n, double confLevel = 0.95)
    {
        CheckArguments(count, n, confLevel);
        var alpha = 1 - confLevel;
        var lower = count == 0 ? 0 : Distributions.BetaQuantile(alpha / 2, count, n - count + 1);
        var upper = count == n ? 1 : Distributions.BetaQuantile(1 - alpha / 2, count + 1, n - count);
        return new ProportionInterval(count, n, (double)count / n, lower, upper, "clopper-pearson", confLevel);
    }

    private static void CheckArguments(int count, int n, double confLevel)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "The number of trials must be at least 1.");
        if (count < 0 || count > n) throw new ArgumentOutOfRangeException(nameof(count), count, $"The count must be between 0 and n = {n}.");
        if (confLevel is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confLevel), confLevel, "The confidence level is between 0 and 1.");
    }
}

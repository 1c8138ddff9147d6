namespace Mibg.Statistics.Trial;

/// <summary>Observed and expected events of group 1 and the hypergeometric variance of a two-group log-rank test.</summary>
internal readonly record struct TwoGroupLogRankResult(double Observed1, double Expected1, double Variance, int Events)
{
    /// <summary>Signed statistic (O₁ − E₁)/√V: negative when group 1 has fewer events than expected.</summary>
    public double Z => Variance > 0 ? (Observed1 - Expected1) / Math.Sqrt(Variance) : 0;

    /// <summary>χ² on 1 df, (O₁ − E₁)²/V. R: <c>survdiff(...)$chisq</c>.</summary>
    public double ChiSquare => Variance > 0 ? (Observed1 - Expected1) * (Observed1 - Expected1) / Variance : 0;
}

/// <summary>
/// A tight two-group log-rank test for the trial simulation (the general k-group test is Mibg.Statistics' own).
/// Ties are handled as R's <c>survdiff</c> (rho = 0): at each distinct time with d events among n at risk,
/// E₁ += d·n₁/n and V += d·(n₁/n)(1 − n₁/n)(n − d)/(n − 1).
/// </summary>
internal static class TwoGroupLogRank
{
    /// <summary>Bit of a patient code: the patient had the event (else censored).</summary>
    public const byte EventBit = 1;

    /// <summary>Bit of a patient code: the patient is in group 1 (the experimental arm in the simulation).</summary>
    public const byte Group1Bit = 2;

    /// <summary>
    /// Log-rank test of <paramref name="time"/> with codes <paramref name="code"/> (<see cref="EventBit"/> |
    /// <see cref="Group1Bit"/>). Sorts both spans by time in place.
    /// </summary>
    public static TwoGroupLogRankResult Compute(Span<double> time, Span<byte> code)
    {
        time.Sort(code);
        var atRisk = time.Length;
        var atRisk1 = 0;
        foreach (var c in code) atRisk1 += (c & Group1Bit) >> 1;
        double observed1 = 0, expected1 = 0, variance = 0;
        var events = 0;
        var i = 0;
        while (i < time.Length)
        {
            var t = time[i];
            int d = 0, d1 = 0, leaving = 0, leaving1 = 0;
            do
            {
                var c = code[i];
                var isEvent = c & EventBit;
                var inGroup1 = (c & Group1Bit) >> 1;
                d += isEvent;
                d1 += isEvent & inGroup1;
                leaving++;
                leaving1 += inGroup1;
                i++;
            }
            while (i < time.Length && time[i] == t);
            if (d > 0)
            {
                double n = atRisk, share1 = atRisk1 / n;
                expected1 += d * share1;
                if (atRisk > 1) variance += d * share1 * (1 - share1) * (n - d) / (n - 1);
                observed1 += d1;
                events += d;
            }
            atRisk -= leaving;
            atRisk1 -= leaving1;
        }
        return new TwoGroupLogRankResult(observed1, expected1, variance, events);
    }
}

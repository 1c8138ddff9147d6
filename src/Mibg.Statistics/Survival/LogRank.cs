using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using Mibg.Statistics.Descriptive;
using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Survival;

/// <summary>
/// The k-sample log-rank test and its Fleming–Harrington G-rho family, optionally stratified. R equivalent:
/// <c>survdiff(Surv(time, event) ~ group + strata(s), rho = rho)</c> (survival 3.5, C routine survdiff2).
/// </summary>
public static class LogRank
{
    /// <summary>Tests equality of the survival curves of the groups.</summary>
    /// <param name="times">Follow-up times.</param>
    /// <param name="events">true = event.</param>
    /// <param name="groups">Group label of each subject; at least two distinct labels.</param>
    /// <param name="strata">Optional stratum label of each subject (the test sums within-stratum O, E and V).</param>
    /// <param name="rho">G-rho weight exponent: each event time weighted by S(t−)^rho, S the pooled Kaplan–Meier within
    /// the stratum. 0 = log-rank (default), 1 = Peto–Peto/Prentice modification of Gehan–Wilcoxon.</param>
    public static LogRankResult Test(double[] times, bool[] events, string[] groups, string[]? strata = null, double rho = 0)
    {
        if (times.Length != events.Length || times.Length != groups.Length || (strata is not null && strata.Length != times.Length))
            throw new ArgumentException("times, events, groups (and strata) must have the same length.");
        var (levels, codes) = FactorLevels.Encode(groups);
        if (levels.Length < 2) throw new ArgumentException("There is only 1 group.", nameof(groups));
        var stratumCodes = strata is null ? new int[times.Length] : FactorLevels.Encode(strata).Codes;
        return Compute(times, events, levels, codes, stratumCodes, rho);
    }

    /// <summary>
    /// Every pair of groups tested with <see cref="Test"/> on the subjects of those two groups, p-values adjusted by
    /// Holm's method over all pairs (R: <c>survminer::pairwise_survdiff(..., p.adjust.method = "holm")</c>).
    /// </summary>
    public static IReadOnlyList<PairwiseLogRank> Pairwise(double[] times, bool[] events, string[] groups, string[]? strata = null, double rho = 0)
    {
        var levels = FactorLevels.Order(groups);
        var pairs = new List<(string A, string B, double Chisq, double P)>();
        for (var a = 0; a < levels.Length; a++)
            for (var b = a + 1; b < levels.Length; b++)
            {
                var keep = Enumerable.Range(0, times.Length).Where(i => groups[i] == levels[a] || groups[i] == levels[b]).ToArray();
                var r = Test(keep.Select(i => times[i]).ToArray(), keep.Select(i => events[i]).ToArray(),
                    keep.Select(i => groups[i]).ToArray(), strata is null ? null : keep.Select(i => strata[i]).ToArray(), rho);
                pairs.Add((levels[a], levels[b], r.Chisq, r.P));
            }
        var adjusted = PValueAdjustment.Holm(pairs.Select(p => p.P).ToArray());
        return pairs.Select((p, i) => new PairwiseLogRank(p.A, p.B, p.Chisq, p.P, adjusted[i])).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    private static LogRankResult Compute(double[] times, bool[] events, string[] levels, int[] codes, int[] strata, double rho)
    {
        var k = levels.Length;
        var n = times.Length;
        // order(strata, time): bucket by stratum (counting sort), then sort each bucket by time.
        var strataCount = strata.Length == 0 ? 0 : strata.Max() + 1;
        var offsets = new int[strataCount + 1];
        foreach (var s in strata) offsets[s + 1]++;
        for (var s = 0; s < strataCount; s++) offsets[s + 1] += offsets[s];
        var order = new int[n];
        var fill = (int[])offsets.Clone();
        for (var i = 0; i < n; i++) order[fill[strata[i]]++] = i;
        var keys = new double[n];
        for (var i = 0; i < n; i++) keys[i] = times[order[i]];
        for (var s = 0; s < strataCount; s++)
            KeyOrder.Sort(keys, order, offsets[s], offsets[s + 1] - offsets[s]);
        var observed = new double[k];
        var expected = new double[k];
        var variance = new double[k, k];
        var size = new int[k];
        foreach (var g in codes) size[g]++;
        var risk = new double[k];
        var deaths = new double[k];
        var removed = new double[k];
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end < n && strata[order[end]] == strata[order[start]]) end++;
            Array.Clear(risk);
            for (var i = start; i < end; i++) risk[codes[order[i]]]++;
            double totalRisk = end - start, km = 1;
            for (var i = start; i < end;)
            {
                var t = times[order[i]];
                Array.Clear(deaths);
                double d = 0, leaving = 0;
                var j = i;
                Array.Clear(removed);
                for (; j < end && times[order[j]] == t; j++)
                {
                    var g = codes[order[j]];
                    removed[g]++;
                    leaving++;
                    if (events[order[j]]) { deaths[g]++; d++; }
                }
                if (d > 0)
                {
                    var wt = rho == 0 ? 1 : Math.Pow(km, rho);
                    for (var g = 0; g < k; g++)
                    {
                        observed[g] += wt * deaths[g];
                        expected[g] += wt * d * risk[g] / totalRisk;
                    }
                    if (totalRisk > 1)
                    {
                        var tmp = wt * wt * d * (totalRisk - d) / (totalRisk * (totalRisk - 1));
                        for (var a = 0; a < k; a++)
                        {
                            var tmp2 = tmp * risk[a];
                            variance[a, a] += tmp2;
                            for (var b = 0; b < k; b++) variance[a, b] -= tmp2 * risk[b] / totalRisk;
                        }
                    }
                    km *= (totalRisk - d) / totalRisk;
                }
                for (var g = 0; g < k; g++) risk[g] -= removed[g];
                totalRisk -= leaving;
                i = j;
            }
            start = end;
        }
        var used = Enumerable.Range(0, k).Where(g => expected[g] > 0).ToArray();
        double chisq = 0;
        if (used.Length >= 2)
        {
            var keep = used.Skip(1).ToArray();
            var v = Matrix<double>.Build.Dense(keep.Length, keep.Length, (a, b) => variance[keep[a], keep[b]]);
            var diff = Vector<double>.Build.Dense(keep.Length, a => observed[keep[a]] - expected[keep[a]]);
            chisq = v.Solve(diff).DotProduct(diff);
        }
        var df = used.Length - 1;
        var p = df > 0 ? Distributions.ChiSquareUpper(chisq, df) : double.NaN;
        var groups = Enumerable.Range(0, k).Select(g => new LogRankGroup(levels[g], size[g], observed[g], expected[g])).ToArray();
        return new LogRankResult(chisq, df, p, groups);
    }
}

using System.Runtime.CompilerServices;
using Mibg.Statistics.Regression.Internal;

namespace Mibg.Statistics.Regression;

/// <summary>
/// Harrell's concordance index C of a risk score against right-censored survival, with the standard error of
/// R survival 3.x (<c>concordance(fit)</c>, <c>concordancefit(..., reverse = TRUE)</c>, <c>timewt = "n"</c>).
/// </summary>
/// <remarks>
/// A pair (i, j) in the same stratum is comparable when i has an event at tᵢ and j is still at risk:
/// tⱼ &gt; tᵢ, or tⱼ = tᵢ with j censored. It is concordant when the earlier event has the higher score,
/// discordant when lower, tied when equal (pairs tied on an event time are not comparable). With C, D, T
/// those counts and N = C + D + T: <c>C-index = (C + T/2) / N</c>. The variance is the infinitesimal-jackknife
/// sum Σᵢ dᵢ² / 4 with dᵢ = (cᵢ − dᵢ′)/N − (C − D)/N² · (cᵢ + dᵢ′ + tᵢ), where cᵢ, dᵢ′, tᵢ count the concordant,
/// discordant and tied pairs that row i belongs to (Therneau &amp; Watson, "The concordance statistic and the
/// Cox model", 2017). Pairs are counted with a Fenwick tree over score ranks: O(n log n).
/// </remarks>
public static class ConcordanceIndex
{
    /// <summary>
    /// C of <paramref name="score"/> (higher = higher risk) with its standard error; <c>null</c> values when
    /// no pair is comparable. R: <c>concordance(Surv(time, event) ~ score, reverse = TRUE)</c>, or
    /// <c>fit$concordance</c> of <c>coxph</c> with the linear predictor as score.
    /// </summary>
    /// <param name="time">Follow-up times.</param>
    /// <param name="eventOccurred">True = event, false = censored.</param>
    /// <param name="score">Risk score per row.</param>
    /// <param name="strata">Optional stratum per row; pairs are compared within strata only.</param>
    public static ConcordanceEstimate Compute(IReadOnlyList<double> time, IReadOnlyList<bool> eventOccurred,
        IReadOnlyList<double> score, IReadOnlyList<int>? strata = null)
    {
        var n = time.Count;
        if (eventOccurred.Count != n || score.Count != n || (strata is not null && strata.Count != n))
            throw new ArgumentException("time, event, score and strata need one value per row each");
        var order = Enumerable.Range(0, n)
            .OrderBy(i => strata?[i] ?? 0).ThenBy(i => time[i]).ThenBy(i => i).ToArray();
        var starts = new List<int> { 0 };
        for (var r = 1; r < n; r++)
            if ((strata?[order[r]] ?? 0) != (strata?[order[r - 1]] ?? 0)) starts.Add(r);
        starts.Add(n);
        return Sorted(
            [.. order.Select(i => time[i])], [.. order.Select(i => eventOccurred[i])],
            [.. order.Select(i => score[i])], [.. starts]);
    }

    /// <summary>C of a fitted model's linear predictor on its model frame (right-censored or counting-process).</summary>
    internal static ConcordanceEstimate Sorted(CoxModelFrame frame, double[] score) =>
        Sorted(frame.Time, frame.Status, score, frame.StratumStarts, frame.Start, frame.StartOrder);

    /// <summary>
    /// The same on rows already sorted by stratum then ascending time; stratum s is rows [starts[s], starts[s+1]).
    /// Counting-process data (<paramref name="start"/> given, <paramref name="byStart"/> as
    /// <see cref="CoxModelFrame.StartOrder"/>): a row is a comparison partner only while at risk, start &lt; t ≤ stop
    /// (R's concordance4): it leaves the score tree once t ≤ start, its pair counts closed with the events seen so far.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ConcordanceEstimate Sorted(double[] time, bool[] status, double[] score, int[] starts,
        double[]? start = null, int[]? byStart = null)
    {
        var n = time.Length;
        var concordant = new long[n];
        var discordant = new long[n];
        var tied = new long[n];
        long totalC = 0, totalD = 0, totalT = 0;
        for (var s = 0; s + 1 < starts.Length; s++)
        {
            var first = starts[s];
            var end = starts[s + 1];
            if (end <= first) continue;
            var rank = Ranks(score, first, end, out var distinct);
            var trees = new PairCountTrees(distinct);
            const int atRisk = PairCountTrees.AtRisk, events = PairCountTrees.Events;
            var row = end - 1;
            var leaving = end - 1;
            while (row >= first)
            {
                var blockEnd = row;
                var t = time[row];
                for (; start is not null && leaving >= first && start[byStart![leaving]] >= t; leaving--)
                {
                    var i = byStart[leaving];
                    var r = rank[i - first];
                    var (below, at, above) = trees.Split(events, r);
                    concordant[i] += above;
                    discordant[i] += below;
                    tied[i] += at;
                    trees.Remove(atRisk, r);
                }
                while (row >= first && time[row] == t) row--;
                var blockStart = row + 1;
                // Censored at t: at risk for events at t and before; their pairs with earlier events are counted later.
                for (var i = blockStart; i <= blockEnd; i++)
                {
                    if (status[i]) continue;
                    var r = rank[i - first];
                    var (below, at, above) = trees.Split(events, r);
                    concordant[i] -= above;
                    discordant[i] -= below;
                    tied[i] -= at;
                    trees.Add(atRisk, r);
                }
                // Events at t against everyone at risk after t (and censored at t).
                for (var i = blockStart; i <= blockEnd; i++)
                {
                    if (!status[i]) continue;
                    var r = rank[i - first];
                    var (c, e, d) = trees.Split(atRisk, r);
                    concordant[i] += c;
                    discordant[i] += d;
                    tied[i] += e;
                    totalC += c;
                    totalD += d;
                    totalT += e;
                    trees.Add(events, r);
                }
                // Events at t join the risk set; their later pairs are with events strictly before t.
                for (var i = blockStart; i <= blockEnd; i++)
                {
                    if (!status[i]) continue;
                    var r = rank[i - first];
                    var (below, at, above) = trees.Split(events, r);
                    concordant[i] -= above;
                    discordant[i] -= below;
                    tied[i] -= at;
                    trees.Add(atRisk, r);
                }
            }
            // Rows still at risk at the first event time: close their pairs with every event.
            for (; leaving >= first; leaving--)
            {
                var i = start is null ? leaving : byStart![leaving];
                var (below, at, above) = trees.Split(events, rank[i - first]);
                concordant[i] += above;
                discordant[i] += below;
                tied[i] += at;
            }
        }
        double pairs = totalC + totalD + totalT;
        if (pairs == 0) return new ConcordanceEstimate(null, null);
        var somers = (totalC - totalD) / pairs;
        double variance = 0;
        for (var i = 0; i < n; i++)
        {
            var influence = (concordant[i] - discordant[i]) / pairs
                - somers / pairs * (concordant[i] + discordant[i] + tied[i]);
            variance += influence * influence;
        }
        return new ConcordanceEstimate((totalC + totalT / 2.0) / pairs, Math.Sqrt(variance / 4));
    }

    /// <summary>1-based rank of each score among the distinct scores of rows [first, end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Ranks(double[] score, int first, int end, out int distinct)
    {
        var m = end - first;
        var values = new double[m];
        Array.Copy(score, first, values, 0, m);
        var index = new int[m];
        for (var i = 0; i < m; i++) index[i] = i;
        Array.Sort(values, index);
        var rank = new int[m];
        distinct = 0;
        for (var i = 0; i < m; i++)
        {
            if (i == 0 || values[i] != values[i - 1]) distinct++;
            rank[index[i]] = distinct;
        }
        return rank;
    }
}

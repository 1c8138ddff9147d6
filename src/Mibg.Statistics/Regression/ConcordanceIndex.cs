using System.Numerics;
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
/// With case weights w (R's <c>concordancefit(..., weights)</c>) a pair counts wᵢwⱼ, row i's counts are the weight of
/// its partners, and dᵢ is multiplied by wᵢ; with clusters the dᵢ are summed within each cluster before squaring.
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
        Sorted(frame.Time, frame.Status, score, frame.StratumStarts, frame.Start, frame.StartOrder, frame.Weight, frame.Cluster, frame.ClusterCount);

    /// <summary>
    /// The same on rows already sorted by stratum then ascending time; stratum s is rows [starts[s], starts[s+1]).
    /// Counting-process data (<paramref name="start"/> given, <paramref name="byStart"/> as
    /// <see cref="CoxModelFrame.StartOrder"/>): a row is a comparison partner only while at risk, start &lt; t ≤ stop
    /// (R's concordance4): it leaves the score tree once t ≤ start, its pair counts closed with the events seen so far.
    /// <paramref name="weight"/> (case weights, null = 1) and <paramref name="cluster"/> (codes 0 … clusters − 1) as R's
    /// concordancefit.
    /// </summary>
    internal static ConcordanceEstimate Sorted(double[] time, bool[] status, double[] score, int[] starts,
        double[]? start = null, int[]? byStart = null, double[]? weight = null, int[]? cluster = null, int clusters = 0) =>
        weight is null
            ? Count<int>(time, status, score, starts, start, byStart, null, cluster, clusters)
            : Count<double>(time, status, score, starts, start, byStart, weight, cluster, clusters);

    /// <summary><see cref="Sorted(double[], bool[], double[], int[], double[], int[], double[], int[], int)"/> with integer counts (no weights) or weighted ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ConcordanceEstimate Count<T>(double[] time, bool[] status, double[] score, int[] starts,
        double[]? start, int[]? byStart, double[]? weight, int[]? cluster, int clusters) where T : struct, INumber<T>
    {
        var n = time.Length;
        var concordant = new double[n];
        var discordant = new double[n];
        var tied = new double[n];
        double totalC = 0, totalD = 0, totalT = 0;
        for (var s = 0; s + 1 < starts.Length; s++)
        {
            var first = starts[s];
            var end = starts[s + 1];
            if (end <= first) continue;
            var rank = Ranks(score, first, end, out var distinct);
            var trees = new PairCountTrees<T>(distinct);
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
                    concordant[i] += double.CreateTruncating(above);
                    discordant[i] += double.CreateTruncating(below);
                    tied[i] += double.CreateTruncating(at);
                    trees.Remove(atRisk, r, Weight<T>(weight, i));
                }
                while (row >= first && time[row] == t) row--;
                var blockStart = row + 1;
                // Censored at t: at risk for events at t and before; their pairs with earlier events are counted later.
                for (var i = blockStart; i <= blockEnd; i++)
                {
                    if (status[i]) continue;
                    var r = rank[i - first];
                    var (below, at, above) = trees.Split(events, r);
                    concordant[i] -= double.CreateTruncating(above);
                    discordant[i] -= double.CreateTruncating(below);
                    tied[i] -= double.CreateTruncating(at);
                    trees.Add(atRisk, r, Weight<T>(weight, i));
                }
                // Events at t against everyone at risk after t (and censored at t).
                for (var i = blockStart; i <= blockEnd; i++)
                {
                    if (!status[i]) continue;
                    var r = rank[i - first];
                    var (below, at, above) = trees.Split(atRisk, r);
                    var (c, e, d) = (double.CreateTruncating(below), double.CreateTruncating(at), double.CreateTruncating(above));
                    concordant[i] += c;
                    discordant[i] += d;
                    tied[i] += e;
                    var w = weight is null ? 1.0 : weight[i];
                    totalC += w * c;
                    totalD += w * d;
                    totalT += w * e;
                    trees.Add(events, r, Weight<T>(weight, i));
                }
                // Events at t join the risk set; their later pairs are with events strictly before t.
                for (var i = blockStart; i <= blockEnd; i++)
                {
                    if (!status[i]) continue;
                    var r = rank[i - first];
                    var (below, at, above) = trees.Split(events, r);
                    concordant[i] -= double.CreateTruncating(above);
                    discordant[i] -= double.CreateTruncating(below);
                    tied[i] -= double.CreateTruncating(at);
                    trees.Add(atRisk, r, Weight<T>(weight, i));
                }
            }
            // Rows still at risk at the first event time: close their pairs with every event.
            for (; leaving >= first; leaving--)
            {
                var i = start is null ? leaving : byStart![leaving];
                var (below, at, above) = trees.Split(events, rank[i - first]);
                concordant[i] += double.CreateTruncating(above);
                discordant[i] += double.CreateTruncating(below);
                tied[i] += double.CreateTruncating(at);
            }
        }
        var pairs = totalC + totalD + totalT;
        if (pairs == 0) return new ConcordanceEstimate(null, null);
        var somers = (totalC - totalD) / pairs;
        double variance = 0;
        var perCluster = cluster is null ? null : new double[clusters];
        for (var i = 0; i < n; i++)
        {
            var influence = (concordant[i] - discordant[i]) / pairs
                - somers / pairs * (concordant[i] + discordant[i] + tied[i]);
            if (weight is not null) influence *= weight[i];
            if (perCluster is not null) perCluster[cluster![i]] += influence;
            else variance += influence * influence;
        }
        if (perCluster is not null)
            foreach (var v in perCluster) variance += v * v;
        return new ConcordanceEstimate((totalC + totalT / 2.0) / pairs, Math.Sqrt(variance / 4));
    }

    private static T Weight<T>(double[]? weight, int row) where T : struct, INumber<T> =>
        weight is null ? T.One : T.CreateTruncating(weight[row]);

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

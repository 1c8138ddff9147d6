using System.Runtime.CompilerServices;
using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>The extra orderings a backward sweep over counting-process (start, stop] rows needs.</summary>
internal static class CountingProcessOrder
{
    /// <summary>Per stratum segment of the stop-sorted rows, the row indices sorted by ascending start (ties by row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] ByStart(double[] start, int[] stratumStarts)
    {
        var n = start.Length;
        var order = new int[n];
        var keys = new double[n];
        for (var r = 0; r < n; r++)
        {
            order[r] = r;
            keys[r] = start[r];
        }
        for (var s = 0; s + 1 < stratumStarts.Length; s++)
            KeyOrder.Sort(keys, order, stratumStarts[s], stratumStarts[s + 1] - stratumStarts[s]);
        return order;
    }

    /// <summary>
    /// Whether each row's (start, stop] holds an event time of its stratum, i.e. whether the row is ever in a risk set
    /// (R agreg.fit's complement of <c>ignore</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool[] Spans(double[] start, double[] stop, bool[] status, int[] stratumStarts)
    {
        var spans = new bool[start.Length];
        var deathTimes = new List<double>();
        for (var s = 0; s + 1 < stratumStarts.Length; s++)
        {
            deathTimes.Clear();
            for (var r = stratumStarts[s]; r < stratumStarts[s + 1]; r++)
                if (status[r] && (deathTimes.Count == 0 || deathTimes[^1] != stop[r])) deathTimes.Add(stop[r]);
            for (var r = stratumStarts[s]; r < stratumStarts[s + 1]; r++)
            {
                var next = FirstAbove(deathTimes, start[r]);
                spans[r] = next < deathTimes.Count && deathTimes[next] <= stop[r];
            }
        }
        return spans;
    }

    /// <summary>Index of the first value strictly greater than <paramref name="value"/> in an ascending list.</summary>
    private static int FirstAbove(List<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

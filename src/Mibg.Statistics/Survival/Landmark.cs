namespace Mibg.Statistics.Survival;

/// <summary>Subjects kept by a landmark analysis, with times re-originated at the landmark.</summary>
/// <param name="Indices">Indices (into the original arrays) of the subjects kept.</param>
/// <param name="Times">Time since the landmark (original time − landmark).</param>
/// <param name="Events">Event indicators of the kept subjects.</param>
public sealed record LandmarkSample(int[] Indices, double[] Times, bool[] Events);

/// <summary>
/// Landmark analysis (Anderson, Cain &amp; Gelber 1983): keep only subjects still under observation at time
/// <c>L</c> — those whose event or censoring happened before L are dropped — and measure time from L.
/// R equivalent: <c>d2 &lt;- subset(d, time &gt;= L); d2$time &lt;- d2$time - L</c>.
/// </summary>
public static class Landmark
{
    /// <summary>Applies a landmark at <paramref name="landmark"/> (same unit as <paramref name="times"/>).</summary>
    public static LandmarkSample Apply(double[] times, bool[] events, double landmark)
    {
        if (times.Length != events.Length)
            throw new ArgumentException($"events has {events.Length} values, times has {times.Length}.", nameof(events));
        var kept = Enumerable.Range(0, times.Length).Where(i => times[i] >= landmark).ToArray();
        return new LandmarkSample(kept, kept.Select(i => times[i] - landmark).ToArray(), kept.Select(i => events[i]).ToArray());
    }
}

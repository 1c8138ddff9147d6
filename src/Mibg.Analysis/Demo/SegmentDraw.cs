namespace Mibg.Analysis.Demo;

/// <summary>
/// Draws SIOPEN segment scores (12 values, 0..6, published order) with prescribed totals and supports, for the
/// synthetic demo cohort. Every draw comes from the generator's seeded <see cref="Random"/>.
/// </summary>
internal static class SegmentDraw
{
    public const int Segments = 12;
    public const int Max = 6;

    /// <summary>Distributes <paramref name="total"/> over <paramref name="support"/>: each at least its minimum (default 1), at most 6.</summary>
    public static int[] Distribute(Random rng, IReadOnlyList<int> support, int total, int[]? minimum = null, int[]? maximum = null)
    {
        var v = new int[Segments];
        foreach (var s in support) v[s] = minimum?[s] ?? 1;
        var room = support.Sum(s => (maximum?[s] ?? Max) - v[s]);
        var left = total - v.Sum();
        if (left < 0 || left > room)
            throw new InvalidOperationException($"cannot place a total of {total} on {support.Count} segments");
        while (left > 0)
        {
            var s = support[rng.Next(support.Count)];
            if (v[s] >= (maximum?[s] ?? Max)) continue;
            v[s]++;
            left--;
        }
        return v;
    }

    /// <summary><paramref name="count"/> distinct segment indices drawn from <paramref name="pool"/>.</summary>
    public static int[] Pick(Random rng, IEnumerable<int> pool, int count)
    {
        var list = pool.ToList();
        if (count > list.Count) throw new InvalidOperationException($"cannot pick {count} of {list.Count} segments");
        var picked = new int[count];
        for (var i = 0; i < count; i++)
        {
            var j = rng.Next(list.Count);
            picked[i] = list[j];
            list.RemoveAt(j);
        }
        Array.Sort(picked);
        return picked;
    }

    /// <summary>Lowers <paramref name="from"/> segment by segment (never below 0) until its total is <paramref name="total"/>; keeps at least one positive segment when total &gt; 0.</summary>
    public static int[] Reduce(Random rng, int[] from, int total)
    {
        var v = (int[])from.Clone();
        if (total > v.Sum()) throw new InvalidOperationException("cannot reduce to a larger total");
        while (v.Sum() > total)
        {
            var positive = Enumerable.Range(0, Segments).Where(i => v[i] > 0).ToArray();
            // Prefer lowering segments above 1, so that sites persist rather than vanish.
            var above1 = positive.Where(i => v[i] > 1).ToArray();
            var choice = above1.Length > 0 && rng.NextDouble() < 0.7 ? above1 : positive;
            var s = choice[rng.Next(choice.Length)];
            if (v[s] == 1 && positive.Length == 1 && total > 0) continue;
            v[s]--;
        }
        return v;
    }

    /// <summary>Indices of positive segments.</summary>
    public static int[] Support(int[] v) => Enumerable.Range(0, Segments).Where(i => v[i] > 0).ToArray();
}

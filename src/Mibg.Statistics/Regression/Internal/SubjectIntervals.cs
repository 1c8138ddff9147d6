using System.Globalization;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// The rule that the (start, stop] rows of one subject are disjoint: a subject at risk twice at the same moment would
/// enter a risk set twice and bias every estimate, silently. Touching intervals ((0, 5] then (5, 9]) and gaps are fine.
/// </summary>
internal static class SubjectIntervals
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming the subject and both rows of the first overlap found.</summary>
    public static void CheckDisjoint(CoxInput input, bool[] keep)
    {
        var start = input.Start!;
        var stop = input.Time;
        var subject = input.Subject!;
        // Each subject as a small integer (labels trimmed once), then the rows sorted by (subject, start): a subject's
        // rows become adjacent and in time order. O(n log n) with no allocation per comparison.
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var code = new int[keep.Length];
        var count = 0;
        for (var i = 0; i < keep.Length; i++)
        {
            if (!keep[i]) continue;
            var label = subject[i]!.Trim();
            if (!codes.TryGetValue(label, out code[i])) codes[label] = code[i] = codes.Count;
            count++;
        }
        var rows = new int[count];
        for (int i = 0, r = 0; i < keep.Length; i++) if (keep[i]) rows[r++] = i;
        Array.Sort(rows, (a, b) =>
        {
            var bySubject = code[a].CompareTo(code[b]);
            if (bySubject != 0) return bySubject;
            var byStart = start[a].CompareTo(start[b]);
            return byStart != 0 ? byStart : a.CompareTo(b);
        });
        for (var k = 1; k < rows.Length; k++)
        {
            var (previous, current) = (rows[k - 1], rows[k]);
            if (code[previous] != code[current]) continue;
            var id = subject[current]!.Trim();
            if (start[current] >= stop[previous]) continue;
            var (first, second) = previous < current ? (previous, current) : (current, previous);
            throw new ArgumentException(
                $"subject '{id}': {CoxModelFrame.RowName(input, first)} {Interval(start[first], stop[first])} and " +
                $"{CoxModelFrame.RowName(input, second)} {Interval(start[second], stop[second])} overlap; the (start, stop] rows of one " +
                "subject must not overlap in time (each row is a separate stretch of that subject's follow-up)");
        }
    }

    private static string Interval(double start, double stop) =>
        $"({start.ToString(CultureInfo.InvariantCulture)}, {stop.ToString(CultureInfo.InvariantCulture)}]";
}

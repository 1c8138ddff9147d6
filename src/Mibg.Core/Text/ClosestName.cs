namespace Mibg.Core.Text;

/// <summary>
/// The valid name nearest to a misspelt one, for "did you mean" hints: optimal-string-alignment distance
/// (insertions, deletions, substitutions and adjacent transpositions each cost 1), case-insensitive, leading dashes
/// ignored (<c>--grop</c> is one edit from <c>--group</c>).
/// </summary>
public static class ClosestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="typed"/>, or null when none is close enough to be a plausible typo:
    /// at most a third of the typed length (at least 1, at most 3 edits), or the typed text (two characters or more) is
    /// a prefix of exactly one candidate. Ties go to the first candidate in the given order.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var word = Normal(typed);
        var list = candidates.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var prefixed = list.Where(c => word.Length >= 2 && Normal(c).StartsWith(word, StringComparison.Ordinal)).ToList();
        if (prefixed.Count == 1) return prefixed[0];
        var limit = Math.Clamp(word.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in list)
        {
            var d = Distance(word, Normal(c));
            if (d < bestDistance) (best, bestDistance) = (c, d);
        }
        return bestDistance <= limit ? best : null;
    }

    private static string Normal(string name) => name.TrimStart('-').ToLowerInvariant();

    /// <summary>Optimal-string-alignment edit distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}

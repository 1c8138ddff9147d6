namespace Mibg.Statistics.Descriptive;

/// <summary>Multiple-comparison adjustment of p-values (R: <c>p.adjust</c>).</summary>
public static class PValueAdjustment
{
    /// <summary>
    /// Holm (1979) step-down adjustment, R's <c>p.adjust(p, method = "holm")</c>:
    /// sorted ascending, p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1) p₍ⱼ₎). Returned in the input order.
    /// </summary>
    public static double[] Holm(IReadOnlyList<double> p)
    {
        var m = p.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ToArray();
        var adjusted = new double[m];
        double running = 0;
        for (var r = 0; r < m; r++)
        {
            running = Math.Max(running, Math.Min(1, (m - r) * p[order[r]]));
            adjusted[order[r]] = running;
        }
        return adjusted;
    }
}

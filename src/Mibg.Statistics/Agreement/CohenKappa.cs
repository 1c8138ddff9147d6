namespace Mibg.Statistics.Agreement;

/// <summary>
/// Cohen's kappa for two raters as R's <c>psych::cohen.kappa</c> (psych 2.2.9): the agreement table is built over
/// the given levels (levels never used still count, so they widen the quadratic weights' scale), or over the sorted
/// distinct values both raters used when no levels are given.
/// </summary>
public static class CohenKappa
{
    /// <summary>Unweighted, linearly and quadratically weighted kappa.</summary>
    /// <param name="rater1">Ratings of rater 1.</param>
    /// <param name="rater2">Ratings of rater 2 (same subjects, same order).</param>
    /// <param name="levels">The possible rating levels in order (R <c>levels =</c>); null = the observed values, sorted.</param>
    /// <remarks>
    /// Quadratic: psych's default similarity weights w = 1 − (i − j)²/(L − 1)² on level positions,
    /// κ_w = (Σw·p_obs − Σw·p_exp)/(1 − Σw·p_exp). Linear: disagreement weights w = |a − b| on level values (as
    /// <c>cohen.kappa(x, w = outer(levels, levels, function(a, b) abs(a - b)))</c>), for which psych (trace w = 0)
    /// uses κ_w = 1 − Σw·p_obs/Σw·p_exp. Unweighted kappa is null when the table has a single cell (psych gives NA).
    /// </remarks>
    public static KappaResult Compute(IReadOnlyList<double> rater1, IReadOnlyList<double> rater2, IReadOnlyList<double>? levels = null)
    {
        if (rater1.Count != rater2.Count) throw new ArgumentException("Both raters must rate the same subjects.", nameof(rater2));
        if (rater1.Count == 0) throw new ArgumentException("No subjects.", nameof(rater1));
        var labels = levels?.ToArray() ?? rater1.Concat(rater2).Distinct().Order().ToArray();
        var position = new Dictionary<double, int>();
        for (var i = 0; i < labels.Length; i++) position[labels[i]] = i;
        var len = labels.Length;
        var table = new double[len, len];
        var total = 0;
        for (var s = 0; s < rater1.Count; s++)
        {
            // factor(x, levels = labels): values outside the levels become NA and drop out of table().
            if (!position.TryGetValue(rater1[s], out var a) || !position.TryGetValue(rater2[s], out var b)) continue;
            table[a, b]++;
            total++;
        }
        if (total == 0) throw new ArgumentException("No rating falls within the given levels.", nameof(levels));
        var rows = new double[len];
        var cols = new double[len];
        for (var a = 0; a < len; a++)
            for (var b = 0; b < len; b++)
            {
                table[a, b] /= total;
                rows[a] += table[a, b];
                cols[b] += table[a, b];
            }
        double po = 0, pc = 0;
        for (var a = 0; a < len; a++) { po += table[a, a]; pc += rows[a] * cols[a]; }
        double? unweighted = len * len == 1 ? null : (po - pc) / (1 - pc);

        double qObs = 0, qExp = 0, lObs = 0, lExp = 0;
        for (var a = 0; a < len; a++)
            for (var b = 0; b < len; b++)
            {
                var wq = len == 1 ? 1 : 1 - (double)(b - a) * (b - a) / ((len - 1.0) * (len - 1.0));
                qObs += wq * table[a, b];
                qExp += wq * rows[a] * cols[b];
                var wl = Math.Abs(labels[a] - labels[b]);
                lObs += wl * table[a, b];
                lExp += wl * rows[a] * cols[b];
            }
        var quadratic = (qObs - qExp) / (1 - qExp);
        var linear = 1 - lObs / lExp;
        return new KappaResult(unweighted, linear, quadratic);
    }
}

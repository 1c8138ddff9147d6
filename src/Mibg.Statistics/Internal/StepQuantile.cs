namespace Mibg.Statistics.Internal;

/// <summary>
/// Quantile of a decreasing step curve by R's rule (<c>survival:::findq</c>, used by <c>quantile.survfit</c> and
/// <c>print.survfit</c>): the first time the curve reaches 1 − p; when the curve is flat at exactly 1 − p (within
/// √ε), the average of the start and end of that flat stretch (or of its start and the last time, when the curve
/// ends there).
/// </summary>
internal static class StepQuantile
{
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <param name="times">Step times in increasing order.</param>
    /// <param name="curve">Curve value after each step (S(t) or a confidence limit); null where R has NA.</param>
    /// <param name="p">The probability (0.5 for the median): solves 1 − curve = p.</param>
    public static double? Find(IReadOnlyList<double> times, IReadOnlyList<double?> curve, double p)
    {
        // R: findq(c(0, time), c(0, 1 - surv), p, tol)
        var n0 = times.Count + 1;
        var x = new double[n0];
        var y = new double?[n0];
        x[0] = 0; y[0] = 0;
        double max = double.NegativeInfinity;
        for (var i = 0; i < times.Count; i++)
        {
            x[i + 1] = times[i];
            y[i + 1] = curve[i] is { } c ? 1 - c : null;
            if (y[i + 1] is { } v && v > max) max = v;
        }
        if (max < p) return null;
        var xmax = x[^1];
        // duplicated(y): keep the first occurrence of each value (NA counts as one value).
        var seen = new HashSet<double>();
        var seenNa = false;
        var xs = new List<double>(n0);
        var ys = new List<double?>(n0);
        for (var i = 0; i < n0; i++)
        {
            if (y[i] is { } v) { if (!seen.Add(v)) continue; }
            else { if (seenNa) continue; seenNa = true; }
            xs.Add(x[i]); ys.Add(y[i]);
        }
        var index1 = ConstantRight(ys, Tolerance, p);
        var index2 = ConstantRight(ys, -Tolerance, p);
        double? quantile = index1 is { } i1 && index2 is { } i2 ? (xs[i1] + xs[i2]) / 2 : null;
        if (ys[^1] is { } last && Math.Abs(p - last) < Tolerance)
            quantile = index1 is { } j ? (xs[j] + xmax) / 2 : null;
        return quantile;
    }

    /// <summary>R's <c>approx(y + shift, seq_along(y), p, method = "constant", f = 1)</c>, NA pairs removed.</summary>
    private static int? ConstantRight(List<double?> y, double shift, double p)
    {
        var pairs = new List<(double X, int Index)>();
        for (var i = 0; i < y.Count; i++)
            if (y[i] is { } v) pairs.Add((v + shift, i));
        pairs.Sort((a, b) => a.X.CompareTo(b.X));
        if (pairs.Count == 0 || p < pairs[0].X || p > pairs[^1].X) return null;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (pairs[k].X == p) return pairs[k].Index;
            if (pairs[k].X > p) return pairs[k].Index;
        }
        return pairs[^1].Index;
    }
}

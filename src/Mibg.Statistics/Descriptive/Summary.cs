namespace Mibg.Statistics.Descriptive;

/// <summary>Descriptive summaries of a numeric sample (missing values must be removed by the caller).</summary>
public static class Summary
{
    /// <summary>Median [min–max]. R: <c>median(x)</c> (mean of the two middle values when n is even), <c>range(x)</c>.</summary>
    public static MedianRange MedianRange(IReadOnlyCollection<double> values)
    {
        var x = Sorted(values);
        return new MedianRange(x.Length, Quantile(x, 0.5), x[0], x[^1]);
    }

    /// <summary>Quartiles by R's type 7 (the default of <c>quantile</c>).</summary>
    public static InterquartileRange Quartiles(IReadOnlyCollection<double> values)
    {
        var x = Sorted(values);
        return new InterquartileRange(x.Length, Quantile(x, 0.25), Quantile(x, 0.5), Quantile(x, 0.75));
    }

    /// <summary>Sample quantile of type 7 at probability <paramref name="p"/> in [0, 1]. R: <c>quantile(x, p, type = 7)</c>.</summary>
    public static double Quantile(IReadOnlyCollection<double> values, double p) => Quantile(Sorted(values), p);

    private static double[] Sorted(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("The sample is empty.", nameof(values));
        var x = values.ToArray();
        if (x.Any(double.IsNaN)) throw new ArgumentException("The sample contains a missing value (NaN).", nameof(values));
        Array.Sort(x);
        return x;
    }

    private static double Quantile(double[] sorted, double p)
    {
        if (p is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "A probability is between 0 and 1.");
        // R: index <- 1 + (n - 1) * probs; lo <- floor(index); hi <- ceiling(index); h <- index - lo
        var index = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var q = sorted[lo];
        var h = index - lo;
        if (index > lo && sorted[hi] != q) q = (1 - h) * q + h * sorted[hi];
        return q;
    }
}

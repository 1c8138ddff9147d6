namespace Mibg.Statistics.Descriptive;

/// <summary>Median [minimum–maximum] of a sample, with its size. R: <c>median(x)</c>, <c>range(x)</c>.</summary>
public sealed record MedianRange(int N, double Median, double Min, double Max);

/// <summary>
/// Quartiles and interquartile range by R's default quantile definition, type 7 (Hyndman &amp; Fan 1996):
/// Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), h = (n − 1)p + 1. R: <c>quantile(x, c(.25, .75), type = 7)</c>, <c>IQR(x)</c>.
/// </summary>
public sealed record InterquartileRange(int N, double Q1, double Median, double Q3)
{
    /// <summary>Q3 − Q1 (R: <c>IQR(x)</c>).</summary>
    public double Width => Q3 - Q1;
}

using MathNet.Numerics.Distributions;

namespace Mibg.Statistics.Trial;

/// <summary>
/// Number of events a two-arm log-rank test needs, and the power a given number of events gives
/// (Schoenfeld 1981, Biometrika 68:316; Freedman 1982, Stat Med 1:121). R: <c>rpact:::.getEventsFixed</c>.
/// </summary>
public static class RequiredEvents
{
    /// <summary>
    /// Unrounded events for two-sided <paramref name="alpha"/> and <paramref name="power"/> at hazard ratio
    /// <paramref name="hazardRatio"/> with allocation <paramref name="allocation"/>:1 (experimental:control).
    /// Schoenfeld: (z₁₋α/₂ + z₁₋β)² (1 + k)² / (k (ln HR)²); Freedman: (z₁₋α/₂ + z₁₋β)² (1 + k·HR)² / (k (1 − HR)²).
    /// R: <c>getSampleSizeSurvival(...)$eventsFixed</c>.
    /// </summary>
    public static double Compute(SampleSizeMethod method, double hazardRatio, double alpha, double power, double allocation)
    {
        var z = Normal.InvCDF(0, 1, 1 - alpha / 2) + Normal.InvCDF(0, 1, power);
        var k = allocation;
        return method switch
        {
            SampleSizeMethod.Schoenfeld => z * z * (1 + k) * (1 + k) / (k * Math.Log(hazardRatio) * Math.Log(hazardRatio)),
            SampleSizeMethod.Freedman => z * z * (1 + k * hazardRatio) * (1 + k * hazardRatio) / (k * (1 - hazardRatio) * (1 - hazardRatio)),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown sample-size method"),
        };
    }

    /// <summary>
    /// Approximate power of the two-sided log-rank test at level <paramref name="alpha"/> with <paramref name="events"/>
    /// events: Φ(μ − z₁₋α/₂) + Φ(−μ − z₁₋α/₂), with drift μ = √(D k) |ln HR| / (1 + k) (Schoenfeld) or
    /// μ = √(D k) (1 − HR) / (1 + k·HR) (Freedman). The inverse of <see cref="Compute"/> apart from the second, tiny term.
    /// </summary>
    public static double Power(SampleSizeMethod method, double hazardRatio, double alpha, double events, double allocation)
    {
        var k = allocation;
        var drift = method switch
        {
            SampleSizeMethod.Schoenfeld => Math.Sqrt(events * k) * Math.Abs(Math.Log(hazardRatio)) / (1 + k),
            SampleSizeMethod.Freedman => Math.Sqrt(events * k) * Math.Abs(1 - hazardRatio) / (1 + k * hazardRatio),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown sample-size method"),
        };
        var z = Normal.InvCDF(0, 1, 1 - alpha / 2);
        return Normal.CDF(0, 1, drift - z) + Normal.CDF(0, 1, -drift - z);
    }
}

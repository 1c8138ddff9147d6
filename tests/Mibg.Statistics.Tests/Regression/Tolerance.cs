namespace Mibg.Statistics.Tests.Regression;

/// <summary>The project's agreement rule with R: 1e-6 relative (absolute 1e-9 near zero).</summary>
internal static class Tolerance
{
    public const double Relative = 1e-6;

    public static void Close(double expected, double actual, string what)
    {
        var allowed = Math.Max(1e-9, Relative * Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= allowed, $"{what}: expected {expected:R} (R), got {actual:R}");
    }
}

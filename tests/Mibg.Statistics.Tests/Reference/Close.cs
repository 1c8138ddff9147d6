namespace Mibg.Statistics.Tests.Reference;

/// <summary>The project's agreement rule with R: 1e-6 relative (tiny absolute floor for exact zeros); null = NA.</summary>
internal static class Close
{
    public const double Relative = 1e-6;

    public static void Equal(double? expected, double? actual, string what, double relative = Relative)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }
        var (e, a) = (expected.Value, actual.Value);
        var ok = Math.Abs(e - a) <= Math.Max(1e-12, relative * Math.Max(Math.Abs(e), Math.Abs(a)));
        Assert.True(ok, $"{what}: expected {e:R}, got {a:R} (relative difference {Math.Abs(e - a) / Math.Max(Math.Abs(e), 1e-300):E2})");
    }

    private static string Show(double? v) => v?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null (NA)";
}

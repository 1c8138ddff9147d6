using FsCheck;
using FsCheck.Fluent;
using Mibg.Reporting.Drawing;
using SkiaSharp;

namespace Mibg.Reporting.Tests.Drawing;

public class DrawingRulesTests
{
    [Theory]
    // survminer prints p with two significant digits and "< 0.0001" below that (survminer:::.pvalue_format).
    [InlineData(0.00131116452035549, "p = 0.0013")] // survdiff(Surv(time, status) ~ sex, lung)
    [InlineData(3e-7, "p < 0.0001")]
    [InlineData(0.0093, "p = 0.0093")]
    [InlineData(0.0172, "p = 0.017")]
    [InlineData(0.5, "p = 0.5")]
    [InlineData(0.04999, "p = 0.05")]
    public void P_values_print_as_survminer_prints_them(double p, string expected) =>
        Assert.Equal(expected, PValueText.Format(p));

    [Fact]
    public void Heat_scale_runs_from_white_to_dark_red_and_darkens_monotonically()
    {
        // ColorBrewer "Reds" end points.
        Assert.Equal(SKColor.Parse("#FFF5F0"), HeatScale.Colour(0));
        Assert.Equal(SKColor.Parse("#67000D"), HeatScale.Colour(1));
        var lightness = Enumerable.Range(0, 101).Select(i => HeatScale.Colour(i / 100.0)).Select(c => c.Red + c.Green + c.Blue).ToList();
        for (var i = 1; i < lightness.Count; i++)
        {
            Assert.True(lightness[i] <= lightness[i - 1], $"share {i}% is lighter than {i - 1}%");
        }
    }

    [Fact]
    public void Axis_ticks_are_nice_increasing_and_cover_the_data()
    {
        // Property (fixed seed): for any positive maximum, ticks start at 0, step by 1, 2 or 5 × 10^k, stay within
        // [0, max] (the last one within a step of max) and number 3 to 12.
        var property = Prop.ForAll(Gen.Choose(1, 1_000_000).Select(k => k / 1000.0).ToArbitrary(), max =>
        {
            var ticks = AxisTicks.Nice(0, max, 7);
            var step = ticks[1] - ticks[0];
            var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
            return ticks[0] == 0
                && ticks.Zip(ticks.Skip(1)).All(p => Math.Abs(p.Second - p.First - step) < 1e-9 * Math.Max(1, step))
                && new[] { 1.0, 2.0, 5.0 }.Any(m => Math.Abs(mantissa - m) < 1e-6)
                && ticks[^1] <= max + 1e-9 && max - ticks[^1] < step
                && ticks.Count is >= 3 and <= 12;
        });
        Check.One(Config.QuickThrowOnFailure.WithReplay(20260101, 7).WithMaxTest(500), property);
    }
}

namespace Mibg.Reporting.Drawing;

/// <summary>
/// "Nice" axis ticks (steps of 1, 2, 2.5 or 5 × 10^k) covering 0..max, as ggplot2's default
/// breaks do for the survival plots clinicians know.
/// </summary>
internal static class AxisTicks
{
    /// <summary>
    /// Ticks from <paramref name="min"/> up to the first tick at or beyond <paramref name="max"/> when
    /// <paramref name="coverMax"/>, else the last tick not beyond it; about <paramref name="target"/> ticks.
    /// </summary>
    public static IReadOnlyList<double> Nice(double min, double max, int target = 6, bool coverMax = false)
    {
        if (!(max > min) || double.IsNaN(max) || double.IsInfinity(max))
        {
            return [min, min + 1];
        }

        var step = StepNear(max - min, target);
        var ticks = new List<double>();
        var first = Math.Ceiling((min / step) - 1e-9) * step;
        for (var k = 0; k < 1000; k++)
        {
            var t = first + (k * step);
            if (t > max + (1e-9 * step))
            {
                if (coverMax && ticks[^1] < max)
                {
                    ticks.Add(t);
                }

                break;
            }

            ticks.Add(Math.Round(t, 10));
        }

        return ticks;
    }

    /// <summary>The nice step nearest above <paramref name="rough"/>.</summary>
    public static double Step(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (m * magnitude >= rough * 0.999)
            {
                return m * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>
    /// The step of 1, 2 or 5 × 10^k whose tick count over <paramref name="span"/> is nearest to
    /// <paramref name="target"/> (ties to the larger step).
    /// </summary>
    public static double StepNear(double span, int target)
    {
        var best = double.NaN;
        var bestGap = double.MaxValue;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(span / target)) - 1);
        for (var k = 0; k < 4; k++, magnitude *= 10)
        {
            foreach (var m in new[] { 1.0, 2.0, 5.0 })
            {
                var step = m * magnitude;
                var gap = Math.Abs((Math.Floor(span / step) + 1) - target);
                if (gap <= bestGap)
                {
                    (best, bestGap) = (step, gap);
                }
            }
        }

        return best;
    }

    /// <summary>A tick label: integers without decimals, others with as few decimals as needed (invariant culture).</summary>
    public static string Label(double value)
    {
        for (var decimals = 0; decimals <= 4; decimals++)
        {
            var rounded = Math.Round(value, decimals);
            if (Math.Abs(rounded - value) < 1e-9)
            {
                return rounded.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
    }
}

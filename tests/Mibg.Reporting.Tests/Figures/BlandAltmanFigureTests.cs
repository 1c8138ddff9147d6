using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Tests.Figures;

public class BlandAltmanFigureTests
{
    [Fact]
    public void Labels_bias_and_limits_of_agreement()
    {
        // Hand-made pairs; bias 0.25 and limits ±1.96 × sd are given, not computed, by the figure.
        (double, double)[] pairs = [(0, 0), (2, 1), (10, 9), (24, 26), (5, 5), (3, 2), (40, 38), (1, 1)];
        var plot = new BlandAltmanPlot("bland-altman", "Readers", pairs, 0.25, -2.6, 3.1, ("R1", "R2"));
        var (svg, _) = Gallery.Save(new BlandAltmanFigure(plot));
        var text = SvgText.Strings(svg);
        Assert.Contains("bias 0.25", text);
        Assert.Contains("upper limit 3.10", text);
        Assert.Contains("lower limit -2.60", text);
        Assert.Contains(text, t => t.Contains("n = 8 scans", StringComparison.Ordinal));
    }
}

using System.Text;
using Mibg.Reporting.Figures;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests.Figures;

public class KaplanMeierFigureTests
{
    [Fact]
    public void At_risk_row_matches_survminer_for_lung_by_sex()
    {
        var plot = LungSurvival.Plot();
        // survminer-lung.png (shared/reference) prints these numbers at 0, 250, 500, 750, 1000 days.
        Assert.Equal([138, 62, 20, 7, 2], new[] { 0, 250, 500, 750, 1000 }.Select(t => plot.Curves[0].AtRiskAt(t)));
        Assert.Equal([90, 53, 21, 3, 0], new[] { 0, 250, 500, 750, 1000 }.Select(t => plot.Curves[1].AtRiskAt(t)));
    }

    [Fact]
    public void Svg_carries_the_p_value_the_at_risk_numbers_and_the_axis_titles()
    {
        var (svg, png) = Gallery.Save(new KaplanMeierFigure(LungSurvival.Plot()));
        var text = Encoding.UTF8.GetString(svg);
        // p = 0.00131 from survdiff(Surv(time, status) ~ sex, lung), two significant digits as survminer prints.
        Assert.Contains("p = 0.0013", text);
        Assert.Contains("Number at risk", text);
        Assert.Contains("138", text);
        Assert.Contains("Survival probability", text);
        Assert.True(png.Length > 10_000);
    }
}

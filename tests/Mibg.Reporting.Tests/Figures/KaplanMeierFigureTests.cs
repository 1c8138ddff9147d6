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

    [Fact]
    public void Numbers_at_risk_sit_under_the_time_ticks()
    {
        var svg = Mibg.Reporting.Output.FigureFiles.Svg(new KaplanMeierFigure(LungSurvival.Plot()));
        var rows = SvgText.Numbers(svg).GroupBy(n => Math.Round(n.Baseline)).OrderBy(g => g.Key).ToList();
        // Bottom row: the risk table's own time axis; the two rows above it: the numbers at risk of sex=1 and sex=2.
        var ticks = rows[^1].Select(n => n.Centre).OrderBy(c => c).ToList();
        Assert.Equal(["0", "200", "400", "600", "800", "1000"], rows[^1].OrderBy(n => n.Centre).Select(n => n.Text));
        foreach (var row in new[] { rows[^2], rows[^3] })
        {
            var centres = row.Select(n => n.Centre).OrderBy(c => c).ToList();
            Assert.Equal(ticks.Count, centres.Count);
            for (var i = 0; i < ticks.Count; i++)
            {
                Assert.InRange(centres[i] - ticks[i], -0.5, 0.5);
            }
        }

        // And R's numbers at those times: summary(survfit(Surv(time, status) ~ sex, lung), times = seq(0, 1000, 200), extend = TRUE)$n.risk.
        Assert.Equal(["138", "78", "31", "13", "6", "2"], rows[^3].OrderBy(n => n.Centre).Select(n => n.Text));
        Assert.Equal(["90", "66", "26", "11", "2", "0"], rows[^2].OrderBy(n => n.Centre).Select(n => n.Text));
    }
}

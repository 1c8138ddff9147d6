using System.Text;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using Mibg.Reporting.Sections;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests.Figures;

/// <summary>
/// The report's cumulative-incidence figure (relapse by pattern and death without relapse, persistent vs cleared, from the
/// post-HDC scan) and the number-at-risk rule shared with the Kaplan–Meier figures.
/// </summary>
public class CumulativeIncidenceReportFigureTests
{
    [Fact]
    public void The_report_draws_the_cumulative_incidence_beside_its_table()
    {
        var r = FixtureStudy.Results;
        var ci = r.CumulativeIncidence!;
        var blocks = StudyReportDocument.Build(r).Blocks.ToList();
        var figure = blocks.OfType<FigureBlock>().Select(b => b.Figure).OfType<CumulativeIncidenceFigure>().Single();
        Assert.Equal("cuminc-relapse-post-hdc", figure.Name);
        // Beside the table: the block right after the figure is the cumulative-incidence table.
        var at = blocks.FindIndex(b => b is FigureBlock f && f.Figure == figure);
        Assert.Equal("cumulative-incidence", Assert.IsType<TableBlock>(blocks[at + 1]).Table.Name);

        var bytes = Output.FigureFiles.Svg(figure);
        var svg = Encoding.UTF8.GetString(bytes);
        var numbers = SvgText.Numbers(bytes).Select(n => n.Text).ToHashSet();
        Assert.Contains("Number at risk", svg);
        // One panel per cause that occurs, titled in words (cmprsk drops a cause without events).
        Assert.Equal(ci.Curves.Any(c => c.Cause == "2"), svg.Contains("Any other relapse (cleared, new or non-skeletal sites)", StringComparison.Ordinal));
        Assert.Equal(ci.Curves.Any(c => c.Cause == "3"), svg.Contains("Death or second malignancy without relapse (competing)", StringComparison.Ordinal));
        Assert.DoesNotContain("Cause ", svg);
        // Cause 1 cannot occur among the cleared: when it occurs at all, its panel has no Gray's test and names the any-relapse
        // test instead.
        Assert.DoesNotContain(ci.Tests, t => t.Cause == "1");
        Assert.Contains(ci.Tests, t => t.Cause == "any_relapse");
        Assert.Equal(ci.Curves.Any(c => c.Cause == "1"), svg.Contains("Not tested (impossible when cleared)", StringComparison.Ordinal));
        Assert.Contains("any relapse", figure.Caption);
        Assert.Contains("post-HDC scan (landmark)", figure.Caption);
        // At time 0 every patient with a post-HDC scan is at risk: the group sizes of the data the curves come from.
        foreach (var g in ci.Data.GroupBy(d => d.Group))
            Assert.Contains(g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), numbers);
    }

    [Fact]
    public void A_curve_stopped_early_still_counts_everyone_followed_in_the_number_at_risk()
    {
        // Lung by sex (survminer-lung.png prints 7 and 2 at risk for sex = 1 at 750 and 1000 days). Stop the curve where fewer
        // than 10 remain: it is no longer drawn at 750 days, but the patients are still followed, so the row still reads 7 and 2.
        var plot = LungSurvival.Plot();
        var full = plot.Curves[0];
        var stopped = full with { Steps = full.Steps.Where(s => s.AtRisk >= 10).ToList(), AllSteps = full.Steps };
        Assert.True(stopped.Steps[^1].Time < 750);
        Assert.Equal([138, 7, 2], new[] { 0, 750, 1000 }.Select(t => stopped.AtRiskAt(t)));
        // Without the whole follow-up the row would print 0 after the stop: the figure a reviewer rejected.
        Assert.Equal(0, (full with { Steps = stopped.Steps }).AtRiskAt(1000));
    }
}

using System.Text;
using Mibg.Core.Scoring;
using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Tests.Figures;

public class SkeletonHeatMapFigureTests
{
    private static SkeletonHeatMapFigure Figure()
    {
        // Hand-made shares: every segment a different share so each shade is visible.
        var diagnosis = SiopenSegments.All.ToDictionary(s => s.Code, s => s.Number / 12.0);
        var postHdc = SiopenSegments.All.ToDictionary(s => s.Code, s => s.Code is "spine" or "pelvis" ? 0.6 : 0.05);
        var eot = SiopenSegments.All.ToDictionary(s => s.Code, s => s.Code.Contains("lower", StringComparison.Ordinal) ? 0.3 : 0.0);
        var progression = SiopenSegments.All.ToDictionary(s => s.Code, _ => 1.0);
        return new SkeletonHeatMapFigure("skeleton-heatmap", "Positive SIOPEN segments",
        [
            new("Diagnosis", 12, diagnosis), new("Post-HDC", 10, postHdc),
            new("End of treatment", 0, eot), new("Progression", 4, progression),
        ]);
    }

    [Fact]
    public void Draws_one_shape_per_SIOPEN_segment_in_each_panel()
    {
        var (svg, _) = Gallery.Save(Figure());
        var text = Encoding.UTF8.GetString(svg);
        Assert.Equal(12, Mibg.Reporting.Figures.BodyOutline.Segments().Count);
        Assert.Contains("End of treatment", text);
        Assert.Contains("no scans", text);
        Assert.Contains("100%", text);
    }
}

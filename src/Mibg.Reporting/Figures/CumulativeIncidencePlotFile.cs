using Mibg.Reporting.Output;
using Mibg.Statistics.CompetingRisks;

namespace Mibg.Reporting.Figures;

/// <summary>Writes the cumulative incidence figure of <c>mibg cuminc --plot FILE</c> (SVG or PNG).</summary>
public static class CumulativeIncidencePlotFile
{
    /// <summary>
    /// Draws <paramref name="fit"/> to <paramref name="path"/>: SVG when the name ends in <c>.svg</c>, PNG when it ends
    /// in <c>.png</c>. The number at risk is counted from <paramref name="times"/> and <paramref name="groups"/>, the
    /// rows the fit used.
    /// </summary>
    /// <param name="fit">The curves and Gray's tests.</param>
    /// <param name="times">Each subject's time.</param>
    /// <param name="groups">Each subject's group label, or null for one group.</param>
    /// <param name="timeTitle">Title of the time axis, e.g. the time column's name.</param>
    /// <param name="groupTitle">Title of the legend, e.g. the group column's name.</param>
    /// <param name="path">Output file; its folder must exist.</param>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static void Write(CumulativeIncidenceResult fit, IReadOnlyList<double> times, IReadOnlyList<string>? groups, string timeTitle, string groupTitle, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
        {
            throw new ArgumentException($"the plot file must end in .svg or .png, not '{Path.GetFileName(path)}'", nameof(path));
        }

        var atRisk = fit.Groups.Select(g => new AtRiskGroup(g,
            times.Where((_, i) => groups is null || groups[i] == g).Order().ToArray())).ToList();
        var figure = new CumulativeIncidenceFigure(Path.GetFileNameWithoutExtension(path), fit, atRisk, timeTitle, groupTitle);
        File.WriteAllBytes(path, extension == ".svg" ? FigureFiles.Svg(figure) : FigureFiles.Png(figure));
    }
}

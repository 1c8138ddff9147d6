using Mibg.Reporting.Output;
using Mibg.Statistics.Survival;

namespace Mibg.Reporting.Figures;

/// <summary>
/// Writes the report's Kaplan–Meier figure (survminer layout: censor marks, confidence bands, median lines,
/// log-rank p, number at risk under the time axis) for any <see cref="KaplanMeierResult"/> — what
/// <c>mibg km --plot FILE</c> draws.
/// </summary>
public static class SurvivalPlotFile
{
    /// <summary>
    /// Draws <paramref name="fit"/> to <paramref name="path"/>: SVG when the name ends in <c>.svg</c>, PNG when it
    /// ends in <c>.png</c>.
    /// </summary>
    /// <param name="fit">The curves, one per stratum, in the order they are given.</param>
    /// <param name="logRankP">Log-rank p printed on the plot, or null for none.</param>
    /// <param name="timeTitle">Title of the time axis, e.g. the time column's name.</param>
    /// <param name="path">Output file; its folder must exist.</param>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static void Write(KaplanMeierResult fit, double? logRankP, string timeTitle, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
            throw new ArgumentException($"the plot file must end in .svg or .png, not '{Path.GetFileName(path)}'", nameof(path));
        var curves = fit.Strata.Select(st => new SurvivalCurve(st.Name, st.N,
            st.Steps.Select(x => new SurvivalStep(x.Time, x.NRisk, x.NEvent, x.NCensor, x.Survival, x.Lower, x.Upper)).ToList(),
            st.Median)).ToList();
        var plot = new SurvivalPlot(Path.GetFileNameWithoutExtension(path), "Kaplan–Meier estimate", "Survival probability",
            timeTitle, curves, logRankP);
        var figure = new KaplanMeierFigure(plot);
        File.WriteAllBytes(path, extension == ".svg" ? FigureFiles.Svg(figure) : FigureFiles.Png(figure));
    }
}

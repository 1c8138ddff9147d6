using SkiaSharp;

namespace Mibg.Reporting.Figures;

/// <summary>
/// A figure of the report: drawn once by <see cref="Draw"/> onto any Skia canvas — the SVG file,
/// the PNG file and the PDF page all come from the same drawing code.
/// </summary>
public abstract class ReportFigure
{
    /// <summary>File stem in <c>figures/</c>, e.g. <c>km-efs-persistence</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Caption printed under the figure (and its alt text in HTML).</summary>
    public abstract string Caption { get; }

    /// <summary>Width in drawing units (1 unit = 1 CSS pixel = 0.75 pt).</summary>
    public abstract float Width { get; }

    /// <summary>Height in drawing units.</summary>
    public abstract float Height { get; }

    /// <summary>Draws the figure with its top-left corner at the canvas origin.</summary>
    public abstract void Draw(SKCanvas canvas);
}

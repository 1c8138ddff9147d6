using SkiaSharp;
using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Output;

/// <summary>Renders a <see cref="ReportFigure"/> to SVG and PNG bytes.</summary>
internal static class FigureFiles
{
    /// <summary>PNG pixels per drawing unit (2 = crisp on high-density screens and in print).</summary>
    public const float PngScale = 2f;

    /// <summary>The figure as a standalone SVG document (UTF-8 bytes).</summary>
    public static byte[] Svg(ReportFigure figure)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        {
            using var canvas = SKSvgCanvas.Create(SKRect.Create(figure.Width, figure.Height), managed);
            figure.Draw(canvas);
        }

        return stream.ToArray();
    }

    /// <summary>The figure as a PNG at <see cref="PngScale"/> pixels per unit on a white background.</summary>
    public static byte[] Png(ReportFigure figure, float scale = PngScale)
    {
        var info = new SKImageInfo((int)Math.Ceiling(figure.Width * scale), (int)Math.Ceiling(figure.Height * scale));
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Could not allocate a {info.Width}×{info.Height} image for figure {figure.Name}.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        figure.Draw(canvas);
        canvas.Flush();
        using var pixmap = surface.PeekPixels();
        // Sub filter and zlib level 6: a fraction of the time of "try every filter", files a little larger.
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))
            ?? throw new InvalidOperationException($"Figure {figure.Name} could not be encoded as PNG.");
        return data.ToArray();
    }
}

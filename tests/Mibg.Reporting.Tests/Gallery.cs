using Mibg.Reporting.Figures;
using Mibg.Reporting.Output;

namespace Mibg.Reporting.Tests;

/// <summary>Where tests leave the pictures they draw, for a person to look at (bin/.../gallery).</summary>
internal static class Gallery
{
    public static string Directory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "gallery");
            System.IO.Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static (byte[] Svg, byte[] Png) Save(ReportFigure figure)
    {
        var svg = FigureFiles.Svg(figure);
        var png = FigureFiles.Png(figure);
        File.WriteAllBytes(Path.Combine(Directory, figure.Name + ".svg"), svg);
        File.WriteAllBytes(Path.Combine(Directory, figure.Name + ".png"), png);
        return (svg, png);
    }
}

using SkiaSharp;

namespace Mibg.Reporting.Drawing;

/// <summary>The sequential colour scale of the skeleton heat map (ColorBrewer "Reds", 0 → white, 1 → dark red).</summary>
internal static class HeatScale
{
    private static readonly SKColor[] Stops =
    [
        SKColor.Parse("#FFF5F0"), SKColor.Parse("#FCBBA1"), SKColor.Parse("#FB6A4A"),
        SKColor.Parse("#CB181D"), SKColor.Parse("#67000D"),
    ];

    /// <summary>Colour for a share in 0..1 (clamped).</summary>
    public static SKColor Colour(double share)
    {
        var v = Math.Clamp(double.IsNaN(share) ? 0 : share, 0, 1) * (Stops.Length - 1);
        var i = Math.Min((int)Math.Floor(v), Stops.Length - 2);
        var f = (float)(v - i);
        var (a, b) = (Stops[i], Stops[i + 1]);
        return new SKColor(
            (byte)Math.Round(a.Red + ((b.Red - a.Red) * f)),
            (byte)Math.Round(a.Green + ((b.Green - a.Green) * f)),
            (byte)Math.Round(a.Blue + ((b.Blue - a.Blue) * f)));
    }
}

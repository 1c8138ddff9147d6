using System.Buffers.Binary;
using System.Text;
using Mibg.Imaging.Rendering;
using SkiaSharp;

namespace Mibg.Imaging.Tests;

/// <summary>The window arithmetic by hand, and the PNG: decodable by an independent decoder (Skia), critical chunks only.</summary>
public sealed class RenderingTests
{
    private static ScanFrame Frame(float[] values, bool mono1 = false, (double, double)? window = null) =>
        new(values.Length, 1, values, ImageView.Unknown, false, mono1, window);

    [Fact]
    public void The_linear_window_maps_its_ends_to_black_and_white()
    {
        // Window centre 100, width 200: 0 → black, 200 → white, 100 → 127.5 → 128, 50 → 63.75 → 64; outside clamps.
        var frame = Frame([-50, 0, 50, 100, 200, 300], window: (100, 200));
        Assert.Equal(new byte[] { 0, 0, 64, 128, 255, 255 }, FrameRenderer.Grey(frame));
        // MONOCHROME1: the same, inverted.
        Assert.Equal(new byte[] { 255, 255, 191, 127, 0, 0 }, FrameRenderer.Grey(Frame([-50, 0, 50, 100, 200, 300], mono1: true, window: (100, 200))));
    }

    [Fact]
    public void Without_a_recorded_window_the_full_range_is_shown()
    {
        // Range 10..30: centre 20, width 20 → 10 black, 20 → 127.5 → 128, 30 white.
        Assert.Equal(new byte[] { 0, 128, 255 }, FrameRenderer.Grey(Frame([10, 20, 30])));
        // Flat: centre 7, width 1 (never 0): 7 → (7 − 6.5) × 255 = 127.5 → 128, mid grey, no division by zero.
        Assert.Equal(new byte[] { 128, 128 }, FrameRenderer.Grey(Frame([7, 7])));
    }

    [Fact]
    public void The_png_decodes_to_the_same_grey_levels_and_holds_only_critical_chunks()
    {
        const int w = 37, h = 23;
        var grey = new byte[w * h];
        new Random(5).NextBytes(grey);
        var png = PngEncoder.Greyscale(grey, w, h);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((w, h), (bitmap.Width, bitmap.Height));
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
                Assert.Equal(grey[y * w + x], bitmap.GetPixel(x, y).Red);
        Assert.Equal(["IHDR", "IDAT", "IEND"], Chunks(png));
    }

    /// <summary>The chunk types of a PNG, in order.</summary>
    public static List<string> Chunks(byte[] png)
    {
        var types = new List<string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            types.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }
        return types;
    }
}

using SkiaSharp;

namespace Mibg.Imaging;

/// <summary>
/// Decodes a PNG or JPEG file (SkiaSharp) into one frame of luminance values 0–255 (ITU-R BT.601 weights), after
/// checking its declared size against <see cref="ImageLimits"/> before any pixel is allocated. Its metadata (PNG text
/// chunks, JPEG EXIF) is never read nor passed on: the reading room serves a fresh PNG of the pixels only.
/// </summary>
internal static class RasterImageDecoder
{
    public static ScanFrame Decode(byte[] file)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = SKCodec.Create(data)
            ?? throw new ScanImageException("not a readable PNG or JPEG file");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width < 1 || height < 1 || width > ImageLimits.MaxSide || height > ImageLimits.MaxSide || (long)width * height > ImageLimits.MaxFramePixels)
            throw new ScanImageException($"an image of {width}×{height} pixels is outside what mibg shows (1 to {ImageLimits.MaxSide} a side, {ImageLimits.MaxFramePixels:N0} pixels)");
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var result = codec.GetPixels(info, out var rgba);
        if (result != SKCodecResult.Success)
            throw new ScanImageException(result == SKCodecResult.IncompleteInput
                ? "the image file is truncated"
                : $"the image cannot be decoded ({result})");
        var values = new float[width * height];
        for (var i = 0; i < values.Length; i++)
            values[i] = (float)Math.Round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2], 3);
        return new ScanFrame(width, height, values, ImageView.Unknown, false, false, null);
    }
}

namespace Mibg.Imaging.Rendering;

/// <summary>
/// Renders a frame to 8-bit grey through a linear window (PS3.3 C.11.2.1.3.2, "LINEAR_EXACT": values at or below
/// centre − width/2 are black, at or above centre + width/2 white), displayed as DICOM intends: MONOCHROME1 frames
/// inverted so that their lowest value is white.
/// </summary>
public static class FrameRenderer
{
    /// <summary>The window a frame opens with: the one recorded in the file, else its full range.</summary>
    public static (double Center, double Width) DefaultWindow(ScanFrame frame) =>
        frame.Window ?? ((frame.Min + (double)frame.Max) / 2, Math.Max(1, frame.Max - (double)frame.Min));

    /// <summary>The frame's grey levels (row-major) through <paramref name="window"/>, or its default window.</summary>
    public static byte[] Grey(ScanFrame frame, (double Center, double Width)? window = null)
    {
        var (center, width) = window ?? DefaultWindow(frame);
        var low = center - width / 2;
        var values = frame.Values;
        var grey = new byte[values.Length];
        var invert = frame.InvertedGrey;
        for (var i = 0; i < values.Length; i++)
        {
            var g = (values[i] - low) * 255 / width; // multiply first: 100 in (100, 200) is exactly 127.5
            var level = g <= 0 ? 0 : g >= 255 ? 255 : (int)(g + 0.5);
            grey[i] = (byte)(invert ? 255 - level : level);
        }
        return grey;
    }

    /// <summary>The frame as a PNG (<see cref="PngEncoder"/>) through its default window.</summary>
    public static byte[] Png(ScanFrame frame) => PngEncoder.Greyscale(Grey(frame), frame.Width, frame.Height);
}

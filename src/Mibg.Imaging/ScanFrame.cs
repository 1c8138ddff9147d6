namespace Mibg.Imaging;

/// <summary>
/// One frame of a scan image as values a reader may see and nothing else: no identifier of the source file
/// travels with it (docs/architecture.md, "DICOM").
/// </summary>
/// <param name="Width">Columns, 1..<see cref="ImageLimits.MaxSide"/>.</param>
/// <param name="Height">Rows, 1..<see cref="ImageLimits.MaxSide"/>.</param>
/// <param name="Values">Row-major pixel values after the modality rescale (DICOM: stored × slope + intercept; PNG/JPEG: luminance 0–255).</param>
/// <param name="View">Anterior, posterior or unknown.</param>
/// <param name="ViewAssumed">True when the view is not recorded and was taken from the frame's position (first anterior, second posterior).</param>
/// <param name="InvertedGrey">True for DICOM MONOCHROME1: the lowest value is meant to be displayed white.</param>
/// <param name="Window">The window recorded in the file (centre, width), or null.</param>
public sealed record ScanFrame(int Width, int Height, float[] Values, ImageView View, bool ViewAssumed, bool InvertedGrey, (double Center, double Width)? Window)
{
    /// <summary>Smallest value of the frame.</summary>
    public float Min { get; } = Values.Length == 0 ? 0 : Values.Min();

    /// <summary>Largest value of the frame.</summary>
    public float Max { get; } = Values.Length == 0 ? 0 : Values.Max();
}

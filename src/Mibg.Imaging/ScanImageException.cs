namespace Mibg.Imaging;

/// <summary>
/// A scan image that cannot be shown. <see cref="Exception.Message"/> says why in words safe to show a reader: it never
/// names the file, nor quotes any value read from the file other than technical ones (transfer syntax, sizes).
/// </summary>
/// <param name="message">Why, for the reader and the admin.</param>
/// <param name="file">The file concerned, relative to the image folder, for the admin's diagnostics only; null when the whole image is concerned.</param>
/// <param name="kind">What kind of problem.</param>
public sealed class ScanImageException(string message, string? file = null, ScanImageProblem kind = ScanImageProblem.Unreadable)
    : Exception(message)
{
    /// <summary>The file concerned, relative to the image folder (never shown to readers).</summary>
    public string? File { get; } = file;

    /// <summary>What kind of problem.</summary>
    public ScanImageProblem Kind { get; } = kind;

    /// <summary>The same problem, naming the file it was found in.</summary>
    public ScanImageException In(string relativeFile) => File is null ? new ScanImageException(Message, relativeFile, Kind) : this;
}

/// <summary>Kinds of scan-image problems.</summary>
public enum ScanImageProblem
{
    /// <summary>The named file or folder does not exist, or lies outside the image folder.</summary>
    Missing,
    /// <summary>The file is broken, truncated, hostile or outside <see cref="ImageLimits"/>.</summary>
    Unreadable,
    /// <summary>A valid file in an encoding mibg does not decode (a compressed transfer syntax, colour DICOM).</summary>
    Unsupported,
}

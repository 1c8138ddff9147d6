namespace Mibg.Imaging;

/// <summary>
/// A scan's image ready for the reading room: its frames numbered from 1 as in DICOM (a multi-frame file's frames,
/// or a folder's files' frames in file-name order), and what kind of source it came from.
/// </summary>
/// <param name="Frames">At least one frame.</param>
/// <param name="Source">The kind of source.</param>
public sealed record ScanImage(IReadOnlyList<ScanFrame> Frames, ScanImageSource Source)
{
    /// <summary>Frame <paramref name="number"/> (1-based), or null when out of range.</summary>
    public ScanFrame? Frame(int number) => number >= 1 && number <= Frames.Count ? Frames[number - 1] : null;
}

/// <summary>The kind of file or folder a scan image was read from.</summary>
public enum ScanImageSource
{
    /// <summary>A DICOM Part 10 file.</summary>
    DicomFile,
    /// <summary>A folder of DICOM Part 10 files.</summary>
    DicomFolder,
    /// <summary>A PNG file.</summary>
    Png,
    /// <summary>A JPEG file.</summary>
    Jpeg,
}

namespace Mibg.Imaging;

/// <summary>
/// The bounds every scan image is checked against before anything is allocated, so that a hostile or broken file
/// gets a clear error instead of exhausting memory. Whole-body planar mIBG images are 256×1024 or 512×2048 with
/// one to four frames; these bounds leave ample room above that.
/// </summary>
public static class ImageLimits
{
    /// <summary>Largest image file read (64 MiB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Largest number of rows or columns of one frame.</summary>
    public const int MaxSide = 4096;

    /// <summary>Largest number of pixels of one frame (4,194,304 = 1024×4096).</summary>
    public const long MaxFramePixels = 4L * 1024 * 1024;

    /// <summary>Largest number of frames in one image (file or folder).</summary>
    public const int MaxFrames = 256;

    /// <summary>Largest number of pixels over all frames of one image (8,388,608; 32 MiB as 32-bit values).</summary>
    public const long MaxTotalPixels = 8L * 1024 * 1024;

    /// <summary>Largest number of files in an image folder.</summary>
    public const int MaxFolderFiles = 64;

    /// <summary>Deepest nesting of DICOM sequences followed.</summary>
    public const int MaxSequenceDepth = 16;
}

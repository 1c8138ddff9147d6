using Mibg.Imaging.Dicom;

namespace Mibg.Imaging;

/// <summary>
/// Reads the image a scan names (<c>scans.image</c>, docs/data-dictionary.md) inside the image folder: a DICOM Part 10
/// file, a folder of DICOM files (their frames in file-name order), or a PNG or JPEG file. The path must stay inside
/// the folder (no <c>..</c>, absolute path or symbolic link leading out). Every failure is a
/// <see cref="ScanImageException"/> whose message is safe to show a reader.
/// </summary>
public static class ScanImageReader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Where <paramref name="image"/> leads inside <paramref name="root"/>: a file or a folder; throws (<see cref="ScanImageProblem.Missing"/>) when it does not exist or leads outside.</summary>
    public static string Resolve(string root, string image)
    {
        var missing = new ScanImageException("the image named for this scan does not exist inside the image folder", kind: ScanImageProblem.Missing);
        if (string.IsNullOrWhiteSpace(image) || image.Contains('\0') || image.Contains("://", StringComparison.Ordinal)) throw missing;
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(rootFull, image)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw missing;
        }
        if (!Inside(rootFull, full) || !(File.Exists(full) || Directory.Exists(full)) || !RealPathInside(rootFull, full)) throw missing;
        return full;
    }

    /// <summary>Reads the image <paramref name="image"/> names inside <paramref name="root"/>.</summary>
    public static ScanImage Read(string root, string image)
    {
        var full = Resolve(root, image);
        return Directory.Exists(full) ? ReadFolder(root, full) : ReadFile(root, full);
    }

    private static ScanImage ReadFile(string root, string full)
    {
        var bytes = ReadBounded(root, full);
        try
        {
            if (bytes.AsSpan().StartsWith(PngSignature)) return new ScanImage([RasterImageDecoder.Decode(bytes)], ScanImageSource.Png);
            if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return new ScanImage([RasterImageDecoder.Decode(bytes)], ScanImageSource.Jpeg);
            var frames = DicomImageDecoder.Decode(bytes);
            return new ScanImage(AssumeViews(frames), ScanImageSource.DicomFile);
        }
        catch (ScanImageException e)
        {
            throw e.In(Relative(root, full));
        }
    }

    private static ScanImage ReadFolder(string root, string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("DICOMDIR", StringComparison.OrdinalIgnoreCase))
            .Take(ImageLimits.MaxFolderFiles + 1)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0) throw new ScanImageException("the image folder of this scan holds no DICOM file", Relative(root, folder));
        if (files.Length > ImageLimits.MaxFolderFiles)
            throw new ScanImageException($"the image folder of this scan holds more than {ImageLimits.MaxFolderFiles} files", Relative(root, folder));
        var frames = new List<ScanFrame>();
        long pixels = 0;
        foreach (var file in files)
        {
            if (!RealPathInside(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)), file))
                throw new ScanImageException("a file of the image folder leads outside the image folder", Relative(root, file), ScanImageProblem.Missing);
            try
            {
                foreach (var frame in DicomImageDecoder.Decode(ReadBounded(root, file)))
                {
                    pixels += (long)frame.Width * frame.Height;
                    if (frames.Count >= ImageLimits.MaxFrames || pixels > ImageLimits.MaxTotalPixels)
                        throw new ScanImageException($"the image folder holds more than {ImageLimits.MaxFrames} frames or {ImageLimits.MaxTotalPixels:N0} pixels");
                    frames.Add(frame);
                }
            }
            catch (ScanImageException e)
            {
                throw e.In(Relative(root, file));
            }
        }
        return new ScanImage(AssumeViews(frames), ScanImageSource.DicomFolder);
    }

    /// <summary>
    /// Two frames with no recorded view are taken as anterior then posterior, the order in which gamma cameras
    /// store a whole-body pair; the viewer labels such views "assumed" (docs/architecture.md, "DICOM").
    /// </summary>
    private static IReadOnlyList<ScanFrame> AssumeViews(IReadOnlyList<ScanFrame> frames) =>
        frames.Count == 2 && frames.All(f => f.View == ImageView.Unknown)
            ? [frames[0] with { View = ImageView.Anterior, ViewAssumed = true }, frames[1] with { View = ImageView.Posterior, ViewAssumed = true }]
            : frames;

    private static byte[] ReadBounded(string root, string file)
    {
        var length = new FileInfo(file).Length;
        if (length > ImageLimits.MaxFileBytes)
            throw new ScanImageException($"the image file is larger than {ImageLimits.MaxFileBytes / (1024 * 1024)} MiB", Relative(root, file));
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (IOException)
        {
            throw new ScanImageException("the image file cannot be read", Relative(root, file));
        }
        catch (UnauthorizedAccessException)
        {
            throw new ScanImageException("the image file cannot be read (permission denied)", Relative(root, file));
        }
    }

    private static bool RealPathInside(string rootFull, string full)
    {
        // A symbolic link (to a file or a folder) anywhere below the root may lead outside it: follow every component.
        try
        {
            var real = RealPath(full, 0);
            var realRoot = RealPath(rootFull, 0);
            return real == realRoot || Inside(realRoot, real);
        }
        catch (IOException)
        {
            return false; // a loop of links
        }
    }

    private static string RealPath(string path, int depth)
    {
        if (depth > 32) throw new IOException("too many levels of symbolic links");
        var current = Path.GetPathRoot(path)!;
        foreach (var part in path[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                current = RealPath(Path.GetFullPath(target.FullName), depth + 1);
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    private static bool Inside(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Relative(string root, string full) => Path.GetRelativePath(Path.GetFullPath(root), full);
}

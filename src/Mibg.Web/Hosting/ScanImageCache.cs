using Mibg.Imaging;

namespace Mibg.Web.Hosting;

/// <summary>
/// The scan images decoded lately, so that the viewer's requests (frame list, pixels of each frame, PNG) decode a
/// file once. An entry is used only while its files are unchanged (same size and modification time); at most
/// <see cref="Capacity"/> images are kept (about 1 MiB per 256×1024 frame).
/// </summary>
public static class ScanImageCache
{
    /// <summary>Images kept.</summary>
    public const int Capacity = 16;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (string Stamp, ScanImage Image, long Used)> Entries = new(StringComparer.Ordinal);
    private static long _clock;

    /// <summary>The image <paramref name="image"/> names inside <paramref name="root"/>; throws <see cref="ScanImageException"/> as <see cref="ScanImageReader.Read"/>.</summary>
    public static ScanImage Read(string root, string image)
    {
        var full = ScanImageReader.Resolve(root, image);
        var stamp = Stamp(full);
        lock (Gate)
        {
            if (Entries.TryGetValue(full, out var hit) && hit.Stamp == stamp)
            {
                Entries[full] = hit with { Used = ++_clock };
                return hit.Image;
            }
        }
        var read = ScanImageReader.Read(root, image);
        lock (Gate)
        {
            if (Entries.Count >= Capacity && !Entries.ContainsKey(full))
                Entries.Remove(Entries.MinBy(e => e.Value.Used).Key);
            Entries[full] = (stamp, read, ++_clock);
        }
        return read;
    }

    private static string Stamp(string full)
    {
        if (File.Exists(full)) return Describe(new FileInfo(full));
        var files = new DirectoryInfo(full).EnumerateFiles().Take(ImageLimits.MaxFolderFiles + 2).OrderBy(f => f.Name, StringComparer.Ordinal);
        return string.Join('|', files.Select(Describe));
    }

    private static string Describe(FileInfo f) => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}";
}

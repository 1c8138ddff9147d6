namespace Mibg.Storage;

/// <summary>
/// Files only their owner may read or write (mode 0600): the SQLite store, the audit key, the audit anchor
/// (docs/security.md). The mode is given at creation, so no other user can open the file in between.
/// </summary>
public static class OwnerOnlyFile
{
    /// <summary>Read and write for the owner only.</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> empty with mode 0600 when it does not exist; false when it already existed.</summary>
    public static bool CreateEmpty(string path)
    {
        try
        {
            using var _ = Open(path, FileMode.CreateNew, FileAccess.Write);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to a new file created with mode 0600 (fails if it exists).</summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var s = Open(path, FileMode.CreateNew, FileAccess.Write);
        s.Write(bytes);
        s.Flush(flushToDisk: true);
    }

    /// <summary>Opens a file, creating it with mode 0600 where the mode applies.</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share = FileShare.None)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows() && mode is FileMode.CreateNew or FileMode.Create or FileMode.OpenOrCreate)
            options.UnixCreateMode = Mode;
        return new FileStream(path, options);
    }
}

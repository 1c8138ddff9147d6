using System.Globalization;

namespace Mibg.Storage.Audit;

/// <summary>
/// The audit anchor: how many entries the log had and the MAC of the last one, kept in a file outside the
/// database (docs/security.md). It is advanced after each commit, never moved back, so removing the last
/// entries (or all of them) or replacing the chain is detected even by someone who rewrites the whole table.
/// One line: <c>COUNT HEAD</c>.
/// </summary>
/// <param name="Count">Entries in the log when the anchor was written (0 for a new store).</param>
/// <param name="Head">MAC of entry <paramref name="Count"/>; the genesis value when the count is 0.</param>
public sealed record AuditAnchor(long Count, string Head)
{
    /// <summary>Reads the anchor file; null when it does not exist.</summary>
    /// <exception cref="StudyStoreException">The file exists but is not an anchor.</exception>
    public static AuditAnchor? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path).Trim();
        var parts = text.Split(' ');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || parts[1].Length != 64)
            throw new StudyStoreException($"audit anchor '{path}' is damaged ('{(text.Length > 80 ? text[..80] : text)}'); restore it from your backup (docs/security.md)");
        return new AuditAnchor(count, parts[1]);
    }

    /// <summary>
    /// Moves the anchor forward to (<paramref name="count"/>, <paramref name="head"/>) unless it already records
    /// as many entries or more; creates it (mode 0600) when absent. Safe between processes: a lock file
    /// serialises writers, and the new anchor replaces the old one by an atomic rename.
    /// </summary>
    public static void Advance(string path, long count, string head)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var lockFile = Lock(path + ".lock");
        var current = Read(path);
        if (current is not null && current.Count >= count) return;
        var temp = path + ".partial";
        File.Delete(temp);
        OwnerOnlyFile.WriteNew(temp, System.Text.Encoding.ASCII.GetBytes($"{count.ToString(CultureInfo.InvariantCulture)} {head}\n"));
        File.Move(temp, path, overwrite: true);
    }

    private static FileStream Lock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return OwnerOnlyFile.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 2000)
            {
                Thread.Sleep(5); // another process is writing the anchor
            }
        }
    }
}

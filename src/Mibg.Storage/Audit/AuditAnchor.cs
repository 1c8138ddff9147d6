using System.Globalization;

namespace Mibg.Storage.Audit;

/// <summary>
/// The audit anchor: how many entries the log had and the MAC of the last one, kept in a file outside the
/// database (docs/security.md, "Anchor"). It is written ahead of each commit: under the database's writer lock the
/// write about to commit is recorded as <see cref="Pending"/>; after the commit it becomes the confirmed
/// (<see cref="Count"/>, <see cref="Head"/>). So a process killed between commit and anchor update leaves an
/// anchor that names exactly the write in flight, which verification reports as an interrupted write instead of
/// a gap or a false alarm. The confirmed part never moves back, so removing the last entries (or all of them) or
/// replacing the chain is detected even by someone who rewrites the whole table.
/// File: line 1 <c>COUNT HEAD</c>; optional line 2 <c>pending COUNT HEAD</c>.
/// </summary>
/// <param name="Count">Entries in the log at the last confirmed commit (0 for a new store).</param>
/// <param name="Head">MAC of entry <paramref name="Count"/>; the genesis value when the count is 0.</param>
public sealed record AuditAnchor(long Count, string Head)
{
    /// <summary>The write in flight when the anchor was last written: its last entry's sequence and MAC; null when none.</summary>
    public AuditPoint? Pending { get; init; }

    /// <summary>The confirmed point.</summary>
    public AuditPoint Confirmed => new(Count, Head);

    /// <summary>Reads the anchor file; null when it does not exist.</summary>
    /// <exception cref="StudyStoreException">The file exists but is not an anchor.</exception>
    public static AuditAnchor? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path).Trim();
        var lines = text.Split('\n');
        if (lines.Length is 1 or 2 && Point(lines[0], "") is { } confirmed)
        {
            if (lines.Length == 1) return new AuditAnchor(confirmed.Count, confirmed.Head);
            if (Point(lines[1], "pending ") is { } pending && pending.Count > confirmed.Count)
                return new AuditAnchor(confirmed.Count, confirmed.Head) { Pending = pending };
        }
        throw new StudyStoreException($"audit anchor '{path}' is damaged ('{(text.Length > 80 ? text[..80] : text)}'); restore it from your backup (docs/security.md)");
    }

    private static AuditPoint? Point(string line, string prefix)
    {
        if (!line.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var parts = line[prefix.Length..].Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && parts[1].Length == 64
            ? new AuditPoint(count, parts[1])
            : null;
    }

    /// <summary>
    /// Before a commit: records <paramref name="pending"/> as the write in flight and <paramref name="confirmed"/>
    /// (the log's last entry as the writer found it, under the writer lock) as confirmed — unless the file already
    /// confirms more entries, which it keeps. Creates the file (mode 0600) when absent.
    /// </summary>
    public static void BeginWrite(string path, AuditPoint confirmed, AuditPoint pending)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(pending);
        Update(path, current =>
        {
            var keep = current is not null && current.Count > confirmed.Count ? current.Confirmed : confirmed;
            return new AuditAnchor(keep.Count, keep.Head) { Pending = pending };
        });
    }

    /// <summary>
    /// After a commit: <paramref name="committed"/> becomes the confirmed point unless the file already confirms as
    /// many entries or more; the pending write is cleared when it is this one. Creates the file when absent.
    /// </summary>
    public static void Confirm(string path, AuditPoint committed)
    {
        ArgumentNullException.ThrowIfNull(committed);
        Update(path, current =>
        {
            if (current is null) return new AuditAnchor(committed.Count, committed.Head);
            var confirmed = current.Count >= committed.Count ? current.Confirmed : committed;
            var pending = current.Pending is { } p && p.Count > confirmed.Count && p != committed ? p : null;
            return new AuditAnchor(confirmed.Count, confirmed.Head) { Pending = pending };
        });
    }

    /// <summary>Moves the confirmed point forward to (<paramref name="count"/>, <paramref name="head"/>); see <see cref="Confirm"/>.</summary>
    public static void Advance(string path, long count, string head) => Confirm(path, new AuditPoint(count, head));

    /// <summary>The file's text.</summary>
    public override string ToString() =>
        $"{Count.ToString(CultureInfo.InvariantCulture)} {Head}\n" +
        (Pending is { } p ? $"pending {p.Count.ToString(CultureInfo.InvariantCulture)} {p.Head}\n" : "");

    /// <summary>Serialised between threads and processes by a lock file; the new anchor replaces the old by an atomic rename.</summary>
    private static void Update(string path, Func<AuditAnchor?, AuditAnchor> change)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var lockFile = Lock(path + ".lock");
        var current = Read(path);
        var next = change(current);
        if (next == current && next.Pending == current?.Pending) return;
        var temp = path + ".partial";
        File.Delete(temp);
        OwnerOnlyFile.WriteNew(temp, System.Text.Encoding.ASCII.GetBytes(next.ToString()));
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

/// <summary>A point of the audit log: entry <paramref name="Count"/> (1-based; 0 = empty log) and its MAC.</summary>
/// <param name="Count">Number of entries up to and including this one.</param>
/// <param name="Head">MAC of that entry; the genesis value when the count is 0.</param>
public sealed record AuditPoint(long Count, string Head);

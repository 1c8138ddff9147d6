using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mibg.Storage.Workstation;

/// <summary>
/// The hash chain of the audit log: each entry's hash is SHA-256 over its sequence, time, actor, action,
/// subject, before, after and the previous entry's hash, so tampering with any entry is detectable.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>The text form of an audit time: UTC, milliseconds, ISO 8601 (what is stored and hashed).</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Truncates a time to the stored precision (milliseconds, UTC).</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at) =>
        DateTimeOffset.ParseExact(FormatTime(at), "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>SHA-256 (lower-case hex) of an entry's content chained to <paramref name="previousHash"/>.</summary>
    public static string HashOf(long sequence, DateTimeOffset at, string actor, string action, string subject,
        string? before, string? after, string previousHash)
    {
        // Length-prefixed fields: no choice of field text can make two different entries hash alike.
        var sb = new StringBuilder();
        void Field(string? s)
        {
            if (s is null) { sb.Append("-1:"); return; }
            sb.Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
        }
        Field(sequence.ToString(CultureInfo.InvariantCulture));
        Field(FormatTime(at));
        Field(actor);
        Field(action);
        Field(subject);
        Field(before);
        Field(after);
        Field(previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Builds the entry that follows <paramref name="previous"/> (null for the first).</summary>
    public static AuditEntry Next(AuditEntry? previous, DateTimeOffset at, AuditRecord record)
    {
        var seq = (previous?.Sequence ?? 0) + 1;
        var prevHash = previous?.Hash ?? Genesis;
        at = Normalize(at);
        return new AuditEntry
        {
            Sequence = seq,
            At = at,
            Actor = record.Actor,
            Action = record.Action,
            Subject = record.Subject,
            Before = record.Before,
            After = record.After,
            PreviousHash = prevHash,
            Hash = HashOf(seq, at, record.Actor, record.Action, record.Subject, record.Before, record.After, prevHash),
        };
    }

    /// <summary>
    /// Checks a whole log in sequence order: sequences 1..n without gaps, each previous hash equal to the
    /// preceding entry's hash, each hash recomputed equal. Returns the problems found (empty = intact).
    /// </summary>
    public static IReadOnlyList<string> Verify(IReadOnlyList<AuditEntry> entries)
    {
        var problems = new List<string>();
        var expectedPrevious = Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Sequence != i + 1)
                problems.Add($"entry {e.Sequence}: expected sequence {i + 1} (an entry was deleted or inserted)");
            if (e.PreviousHash != expectedPrevious)
                problems.Add($"entry {e.Sequence}: previous hash does not match entry {e.Sequence - 1} (an entry was changed, deleted or inserted)");
            var recomputed = HashOf(e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Before, e.After, e.PreviousHash);
            if (recomputed != e.Hash)
                problems.Add($"entry {e.Sequence}: content does not match its hash (the entry was changed)");
            expectedPrevious = e.Hash;
        }
        return problems;
    }
}

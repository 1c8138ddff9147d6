using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Audit;

/// <summary>
/// The chain of the audit log (docs/security.md). Each entry's <see cref="AuditEntry.Hash"/> is an HMAC-SHA256,
/// under the store's <see cref="AuditKey"/>, of its sequence, time, actor, action, subject, before, after and the
/// previous entry's MAC. Without the key nobody can write an entry that verifies, so an edit, an insertion, a
/// deletion, a reordering or a chain recomputed with plain hashes is detected (<see cref="AuditVerifier"/>).
/// Stores written before the key existed keep their first entries under the old unkeyed SHA-256 chain
/// (<see cref="LegacyHashOf"/>), closed by an <see cref="AuditActions.Sealed"/> entry.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous MAC of the first entry: 64 zeros.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>Domain separation: a MAC made for another purpose under the same key never equals an entry's.</summary>
    private const string Domain = "mibg-audit-entry-v2";

    /// <summary>The text form of an audit time: UTC, milliseconds, ISO 8601 (what is stored and covered).</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses a time written by <see cref="FormatTime"/>.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Truncates a time to the stored precision (milliseconds, UTC).</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at) => ParseTime(FormatTime(at));

    /// <summary>The MAC of an entry's content chained to <paramref name="previous"/>.</summary>
    public static string MacOf(AuditKey key, long sequence, DateTimeOffset at, string actor, string action, string subject,
        string? before, string? after, string previous)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Mac(Encoding.UTF8.GetBytes(Canonical(Domain, sequence, at, actor, action, subject, before, after, previous)));
    }

    /// <summary>The unkeyed SHA-256 of the chain written before audit keys existed (verifiable, but forgeable).</summary>
    public static string LegacyHashOf(long sequence, DateTimeOffset at, string actor, string action, string subject,
        string? before, string? after, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(null, sequence, at, actor, action, subject, before, after, previousHash))));

    /// <summary>Builds the entry that follows <paramref name="previous"/> (null for the first).</summary>
    public static AuditEntry Next(AuditKey key, AuditEntry? previous, DateTimeOffset at, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var seq = (previous?.Sequence ?? 0) + 1;
        var prev = previous?.Hash ?? Genesis;
        at = Normalize(at);
        return new AuditEntry
        {
            Sequence = seq, At = at, Actor = record.Actor, Action = record.Action, Subject = record.Subject,
            Before = record.Before, After = record.After, PreviousHash = prev,
            Hash = MacOf(key, seq, at, record.Actor, record.Action, record.Subject, record.Before, record.After, prev),
        };
    }

    /// <summary>Whether an entry's MAC is right (its content and previous MAC are as written under this key).</summary>
    public static bool HasValidMac(AuditKey key, AuditEntry e) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(MacOf(key, e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Before, e.After, e.PreviousHash)),
            Encoding.ASCII.GetBytes(e.Hash));

    private static string Canonical(string? domain, long sequence, DateTimeOffset at, string actor, string action, string subject,
        string? before, string? after, string previous)
    {
        // Length-prefixed fields: no choice of field text can make two different entries read alike.
        var sb = new StringBuilder();
        void Field(string? s)
        {
            if (s is null) { sb.Append("-1:"); return; }
            sb.Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
        }
        if (domain is not null) Field(domain);
        Field(sequence.ToString(CultureInfo.InvariantCulture));
        Field(FormatTime(at));
        Field(actor);
        Field(action);
        Field(subject);
        Field(before);
        Field(after);
        Field(previous);
        return sb.ToString();
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mibg.Storage.Audit;

/// <summary>
/// The content the audit log vouches for (docs/security.md): every read (consensus reads included) by its digest,
/// every account (name, role, disabled, password hash) by its digest, the explicit reader assignments and the
/// study's readers. <see cref="AuditVerifier"/> rebuilds it from the log and compares it with the tables, so a
/// row changed, added or removed without its audit entry is found.
/// </summary>
public sealed class CoveredState
{
    /// <summary>Digest of each read, by (scan, reader).</summary>
    public Dictionary<(string Scan, string Reader), string> Reads { get; } = [];

    /// <summary>Digest of each account, by name.</summary>
    public Dictionary<string, string> Accounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Explicit assignments: scan → readers (sorted).</summary>
    public Dictionary<string, string[]> Assignments { get; } = new(StringComparer.Ordinal);

    /// <summary>The study's readers (sorted).</summary>
    public string[] StudyReaders { get; set; } = [];

    /// <summary>
    /// Digest of each study table other than reads (<see cref="StudyTableNames"/>), as the last import left it;
    /// null when the log vouches for none (a store imported before table digests existed).
    /// </summary>
    public Dictionary<string, string>? StudyTables { get; set; }

    /// <summary>The study tables vouched for as a whole by each import (reads are vouched for row by row).</summary>
    public static IReadOnlyList<string> StudyTableNames { get; } =
        [Layout.StudyTables.Patients, Layout.StudyTables.Scans, Layout.StudyTables.Events, Layout.StudyTables.Radiotherapy, Layout.StudyTables.Assessments, "extra_columns"];

    /// <summary>Adds one row (its values in a fixed column order) to a table digest: canonical JSON, length-prefixed.</summary>
    public static void AddRow(IncrementalHash table, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(table);
        var row = Canonical(values, null, null);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, row.Length);
        table.AppendData(length);
        table.AppendData(row);
    }

    /// <summary>
    /// The digest of a read as stored: SHA-256 of the canonical JSON of its column values (aligned with
    /// <see cref="Layout.StudyColumns.Reads"/>; integers whatever their driver type), its version and its extra JSON.
    /// </summary>
    /// <param name="values">The read's column values.</param>
    /// <param name="version">Its version.</param>
    /// <param name="extraJson">Its extra columns as stored.</param>
    /// <param name="final">Whether it is final; a draft's digest carries a mark (a final read's digest is the one it had before drafts existed).</param>
    public static string ReadDigest(IReadOnlyList<object?> values, long version, string extraJson, bool final = true) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(values, version, extraJson, draft: !final)));

    private static byte[] Canonical(IReadOnlyList<object?> values, long? version, string? extraJson, bool draft = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var v in values)
            {
                switch (v)
                {
                    case null or DBNull: w.WriteNullValue(); break;
                    case int i: w.WriteNumberValue(i); break;
                    case long l: w.WriteNumberValue(l); break;
                    case string s: w.WriteStringValue(s); break;
                    default: w.WriteStringValue(Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                }
            }
            if (version is { } ver) w.WriteNumberValue(ver);
            if (extraJson is not null) w.WriteStringValue(extraJson);
            if (draft) w.WriteStringValue("draft");
            w.WriteEndArray();
        }
        return buffer.ToArray();
    }

    /// <summary>The digest of an account: SHA-256 of its name, role code, disabled flag and password hash.</summary>
    public static string AccountDigest(string name, string role, bool disabled, string passwordHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new[] { name, role, disabled ? "1" : "0", passwordHash }))));
}

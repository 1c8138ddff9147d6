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
    /// The digest of a read as stored: SHA-256 of the canonical JSON of its column values (aligned with
    /// <see cref="Layout.StudyColumns.Reads"/>; integers whatever their driver type), its version and its extra JSON.
    /// </summary>
    public static string ReadDigest(IReadOnlyList<object?> values, long version, string extraJson)
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
            w.WriteNumberValue(version);
            w.WriteStringValue(extraJson);
            w.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>The digest of an account: SHA-256 of its name, role code, disabled flag and password hash.</summary>
    public static string AccountDigest(string name, string role, bool disabled, string passwordHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new[] { name, role, disabled ? "1" : "0", passwordHash }))));
}

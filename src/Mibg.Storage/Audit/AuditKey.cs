using System.Security.Cryptography;

namespace Mibg.Storage.Audit;

/// <summary>
/// The secret that makes the audit chain a keyed MAC (HMAC-SHA256): 32 random bytes in a file outside the
/// database, mode 0600 (docs/security.md). Whoever can write the database but not read this file cannot forge,
/// rewrite or re-chain entries. Losing the key makes the log unverifiable: back it up with the anchor.
/// </summary>
public sealed class AuditKey
{
    /// <summary>Length of the key in bytes.</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private AuditKey(byte[] bytes) => _bytes = bytes;

    /// <summary>A key held in memory (tests; a key read from elsewhere).</summary>
    public static AuditKey FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Length ? new AuditKey(bytes.ToArray()) : throw new ArgumentException($"an audit key is {Length} bytes");

    /// <summary>Reads the key file; creates it (mode 0600, fresh random bytes) when <paramref name="create"/> and it is absent.</summary>
    /// <exception cref="StudyStoreException">The file is missing (and may not be created), unreadable or not a key.</exception>
    public static AuditKey Load(string path, bool create)
    {
        if (!File.Exists(path))
        {
            if (!create)
                throw new StudyStoreException($"audit key '{path}' is missing: without it the audit log cannot be verified or extended; restore it from your backup (docs/security.md)");
            var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(dir);
            try
            {
                OwnerOnlyFile.WriteNew(path, RandomNumberGenerator.GetBytes(Length));
            }
            catch (IOException) when (File.Exists(path))
            {
                // another process created it first: use theirs
            }
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StudyStoreException($"cannot read audit key '{path}': {e.Message}", e);
        }
        if (bytes.Length != Length)
            throw new StudyStoreException($"audit key '{path}' is {bytes.Length} bytes, not {Length}: it is damaged; restore it from your backup (docs/security.md)");
        return new AuditKey(bytes);
    }

    /// <summary>HMAC-SHA256 of <paramref name="message"/>, lower-case hex.</summary>
    public string Mac(ReadOnlySpan<byte> message) => Convert.ToHexStringLower(HMACSHA256.HashData(_bytes, message));
}

using System.Security.Cryptography;

namespace Mibg.Web.Blinding;

/// <summary>
/// The secret behind every account's scan codes and worklist order (<see cref="ScanCodes"/>): 32 random bytes in
/// a file outside the database, readable by its owner only, made at the first <c>mibg serve</c>. Losing it costs
/// nothing but the codes (reads are stored under the study's scan ids; readers simply see new codes); whoever
/// reads it and also knows the study's scan ids can map codes back to scans (docs/security.md).
/// </summary>
public static class BlindingSecret
{
    /// <summary>Bytes in a new secret.</summary>
    public const int Size = 32;

    /// <summary>The secret in <paramref name="path"/>, created (owner read/write only) when the file does not exist.</summary>
    /// <exception cref="InvalidOperationException">The file exists but does not hold a secret of at least <see cref="Size"/> bytes.</exception>
    public static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            var secret = RandomNumberGenerator.GetBytes(Size);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var file = new FileStream(path, options);
                file.Write(secret);
                return secret;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first: use theirs.
            }
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Size)
            throw new InvalidOperationException($"the blinding key file {path} holds {bytes.Length} bytes, not {Size}; restore it from a backup or delete it (readers then see new scan codes)");
        return bytes;
    }
}

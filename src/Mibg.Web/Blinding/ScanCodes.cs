using System.Security.Cryptography;
using System.Text;

namespace Mibg.Web.Blinding;

/// <summary>
/// The opaque code under which one account sees one scan, and the place of that scan in the account's worklist
/// (docs/security.md, "Blinding"). Both are keyed HMAC-SHA256 values of (account, scan id) under a secret the
/// accounts never see, so: a code says nothing of the patient, the time point or the study's scan id; two readers
/// see different codes for the same scan (they cannot compare notes by code); the order is random but the same at
/// every visit (seeded by the secret, stable while the secret is).
/// </summary>
public sealed class ScanCodes
{
    /// <summary>Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or retyped is unambiguous.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Characters of a code (two groups of five): 50 bits, so codes of one account collide with odds below 1 in 10⁹ for 1,000 scans.</summary>
    public const int Length = 10;

    private readonly byte[] _codeKey;
    private readonly byte[] _orderKey;

    /// <summary>Codes under <paramref name="secret"/> (at least 32 bytes).</summary>
    /// <exception cref="ArgumentException">The secret is shorter than 32 bytes.</exception>
    public ScanCodes(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < 32) throw new ArgumentException("the blinding secret must be at least 32 bytes", nameof(secret));
        // Separate keys for the code and the order, so that neither reveals the other.
        _codeKey = HMACSHA256.HashData(secret, "mibg scan code v1"u8);
        _orderKey = HMACSHA256.HashData(secret, "mibg worklist order v1"u8);
    }

    private static byte[] Mac(byte[] key, string account, string scanId)
    {
        // Length-prefixed, so ("ab", "c") and ("a", "bc") never meet.
        var text = $"{account.Length}:{account}|{scanId.Length}:{scanId}";
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The code <paramref name="account"/> sees for <paramref name="scanId"/>, e.g. <c>K7QM2-XRD9F</c>.</summary>
    public string CodeOf(string account, string scanId)
    {
        var mac = Mac(_codeKey, account, scanId);
        var bits = BitConverter.ToUInt64(mac, 0);
        var chars = new char[Length + 1];
        for (int i = 0, j = 0; i < Length; i++, j++)
        {
            if (i == Length / 2) chars[j++] = '-';
            chars[j] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }
        return new string(chars);
    }

    /// <summary>The sort key of <paramref name="scanId"/> in the worklist of <paramref name="account"/>.</summary>
    public ulong OrderOf(string account, string scanId) => BitConverter.ToUInt64(Mac(_orderKey, account, scanId), 0);

    /// <summary>Whether <paramref name="text"/> has the shape of a code (checked before any lookup).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length + 1 } && text[Length / 2] == '-'
        && text.Where((c, i) => i != Length / 2).All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

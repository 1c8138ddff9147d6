using Microsoft.AspNetCore.Identity;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Security;

/// <summary>
/// Password hashes of workstation accounts: ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2 with HMAC-SHA512, 100,000 iterations, 128-bit salt, in its version-3 format).
/// </summary>
public static class PasswordHashing
{
    /// <summary>Shortest password accepted for a new account.</summary>
    public const int MinimumLength = 10;

    private static readonly PasswordHasher<WorkstationUser> Hasher = new();
    private static readonly WorkstationUser Nobody = new() { Name = "nobody", Role = WorkstationRole.Reader, PasswordHash = "" };

    /// <summary>Why <paramref name="password"/> cannot be used; null when it can.</summary>
    public static string? ProblemWith(string password) =>
        password.Length < MinimumLength ? $"the password is shorter than {MinimumLength} characters" : null;

    /// <summary>Hashes a password for storage.</summary>
    public static string Hash(string password) => Hasher.HashPassword(Nobody, password);

    /// <summary>Whether <paramref name="password"/> matches <paramref name="hash"/>.</summary>
    public static bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(Nobody, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A hash that matches nothing, verified against when the account does not exist (equal timing).</summary>
    public static string DummyHash { get; } = Hash(Guid.NewGuid().ToString("N"));
}

namespace Mibg.Storage.Workstation;

/// <summary>
/// A workstation account. For a reader, <see cref="Name"/> is also the reader code written in the reads
/// table (e.g. <c>R1</c>). The store keeps only a password hash (PBKDF2, computed by the web host).
/// </summary>
public sealed record WorkstationUser
{
    /// <summary>Login name; for a reader, the reader code. 1..64 characters of letters, digits, <c>_ . -</c>.</summary>
    public required string Name { get; init; }
    /// <summary>What the account may do.</summary>
    public required WorkstationRole Role { get; init; }
    /// <summary>Password hash in the format of ASP.NET Core Identity's PasswordHasher (PBKDF2).</summary>
    public required string PasswordHash { get; init; }
    /// <summary>Failed logins since the last successful one.</summary>
    public int FailedLogins { get; init; }
    /// <summary>Until when logins are refused after too many failures (UTC); null = not locked.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
    /// <summary>A disabled account cannot log in and has no session (<c>mibg user disable</c>).</summary>
    public bool Disabled { get; init; }

    /// <summary>The reserved name of the adjudicated read; no account may take it.</summary>
    public const string ReservedConsensusName = "consensus";

    /// <summary>Why <paramref name="name"/> cannot be an account name; null when it can.</summary>
    public static string? ProblemWithName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "the name is empty";
        if (name.Length > 64) return "the name is longer than 64 characters";
        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')))
            return "the name may hold only letters, digits, '_', '.' and '-'";
        if (string.Equals(name, ReservedConsensusName, StringComparison.OrdinalIgnoreCase))
            return "'consensus' is reserved for the adjudicated read";
        return null;
    }
}

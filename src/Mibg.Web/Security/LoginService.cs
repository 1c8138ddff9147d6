using System.Text.Json;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Security;

/// <summary>The outcome of a login attempt.</summary>
/// <param name="User">The account, when the login succeeded.</param>
/// <param name="Refusal">Why it was refused, in words for the login page; null on success.</param>
public sealed record LoginResult(WorkstationUser? User, string? Refusal);

/// <summary>
/// Checks passwords and locks an account after <see cref="MaxFailures"/> consecutive failures for
/// <see cref="LockDuration"/>; audits every attempt.
/// </summary>
public sealed class LoginService(IWorkstationStore store, TimeProvider clock)
{
    /// <summary>Consecutive failed logins that lock an account.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a locked account refuses logins.</summary>
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The one message for every refused login: unknown name, wrong password, locked or disabled account. It never
    /// says which, so it confirms no account's existence (docs/security.md, "Accounts and sessions").
    /// </summary>
    public const string WrongCredentials = "wrong user name or password, or the account is locked (5 failures in a row lock it for 15 minutes; an admin can unlock it)";

    /// <summary>Checks a name and password.</summary>
    public async Task<LoginResult> LoginAsync(string? name, string? password, CancellationToken ct = default)
    {
        name ??= "";
        password ??= "";
        var user = name.Length is > 0 and <= 64 ? await store.FindUserAsync(name, ct) : null;
        var now = clock.GetUtcNow();
        if (user is null)
        {
            PasswordHashing.Verify(PasswordHashing.DummyHash, password); // same work as for a real account
            await store.AppendAuditAsync(new AuditRecord(Truncate(name), AuditActions.LoginFailed, Truncate(name), null,
                JsonSerializer.Serialize(new { reason = "unknown user" })), ct);
            return new LoginResult(null, WrongCredentials);
        }
        if (user.LockedUntil is { } until && until > now)
        {
            await store.AppendAuditAsync(new AuditRecord(user.Name, AuditActions.LoginFailed, user.Name, null,
                JsonSerializer.Serialize(new { reason = "locked" })), ct);
            return new LoginResult(null, WrongCredentials);
        }
        if (!PasswordHashing.Verify(user.PasswordHash, password))
        {
            var failures = user.FailedLogins + 1;
            DateTimeOffset? lockUntil = failures >= MaxFailures ? now + LockDuration : null;
            await store.SetLoginStateAsync(user.Name, lockUntil is null ? failures : 0, lockUntil, ct);
            await store.AppendAuditAsync(new AuditRecord(user.Name, AuditActions.LoginFailed, user.Name, null,
                JsonSerializer.Serialize(new { reason = "wrong password", failures, locked = lockUntil is not null })), ct);
            return new LoginResult(null, WrongCredentials);
        }
        if (user.FailedLogins != 0 || user.LockedUntil is not null)
            await store.SetLoginStateAsync(user.Name, 0, null, ct);
        await store.AppendAuditAsync(new AuditRecord(user.Name, AuditActions.Login, user.Name), ct);
        return new LoginResult(user, null);
    }

    private static string Truncate(string s) => s.Length <= 64 ? s : s[..64];
}

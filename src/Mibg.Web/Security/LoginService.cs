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
public sealed class LoginService(IWorkstationStore store)
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

    /// <summary>
    /// Checks a name and password. The attempt is counted in the database before the password is checked
    /// (<see cref="IWorkstationStore.BeginLoginAttemptAsync"/>), so parallel attempts cannot exceed
    /// <see cref="MaxFailures"/>; every refusal gives the same message, whether the account is unknown, disabled,
    /// locked or the password wrong.
    /// </summary>
    public async Task<LoginResult> LoginAsync(string? name, string? password, CancellationToken ct = default)
    {
        name ??= "";
        password ??= "";
        var attempt = name.Length is > 0 and <= 64
            ? await store.BeginLoginAttemptAsync(name, MaxFailures, LockDuration, ct)
            : new LoginAttempt(false, null, LoginRefusal.UnknownUser);
        if (!attempt.Allowed || attempt.User is null)
        {
            PasswordHashing.Verify(PasswordHashing.DummyHash, password); // same work as for a real account
            var reason = attempt.Refusal switch
            {
                LoginRefusal.Disabled => "disabled",
                LoginRefusal.Locked => "locked",
                _ => "unknown user",
            };
            await store.AppendAuditAsync(new AuditRecord(Truncate(name), AuditActions.LoginFailed, Truncate(name), null,
                JsonSerializer.Serialize(new { reason })), ct);
            return new LoginResult(null, WrongCredentials);
        }
        var user = attempt.User;
        if (!PasswordHashing.Verify(user.PasswordHash, password))
        {
            await store.AppendAuditAsync(new AuditRecord(user.Name, AuditActions.LoginFailed, user.Name, null,
                JsonSerializer.Serialize(new { reason = "wrong password", failures = user.FailedLogins, locked = user.LockedUntil is not null })), ct);
            return new LoginResult(null, WrongCredentials);
        }
        await store.LoginSucceededAsync(user.Name, ct);
        await store.AppendAuditAsync(new AuditRecord(user.Name, AuditActions.Login, user.Name), ct);
        return new LoginResult(user with { FailedLogins = 0, LockedUntil = null }, null);
    }

    private static string Truncate(string s) => s.Length <= 64 ? s : s[..64];
}

namespace Mibg.Storage.Workstation;

/// <summary>
/// The answer to "may this login attempt check a password?" (<see cref="IWorkstationStore.BeginLoginAttemptAsync"/>).
/// The attempt is counted in the database before the password is checked, atomically, so however many attempts
/// arrive at once no more than the allowed number are ever checked.
/// </summary>
/// <param name="Allowed">True: check the password, then call <see cref="IWorkstationStore.LoginSucceededAsync"/> if it is right.</param>
/// <param name="User">The account when it exists (even when refused; the web must show the same message either way).</param>
/// <param name="Refusal">Why not (for the audit log only: unknown, disabled or locked).</param>
public sealed record LoginAttempt(bool Allowed, WorkstationUser? User, LoginRefusal? Refusal);

/// <summary>Why a login attempt was refused before any password was checked.</summary>
public enum LoginRefusal
{
    /// <summary>No such account. Code <c>unknown_user</c>.</summary>
    UnknownUser,
    /// <summary>The account is disabled. Code <c>disabled</c>.</summary>
    Disabled,
    /// <summary>Too many failed attempts; locked until <see cref="WorkstationUser.LockedUntil"/>. Code <c>locked</c>.</summary>
    Locked,
}

/// <summary>
/// A server-side session (docs/security.md, "Sessions"): the store keeps only the SHA-256 of its token, so reading
/// the database gives no usable session. A session ends at logout (revoked), at its absolute expiry, after the idle
/// time the web chooses, or when its account is disabled or its password reset.
/// </summary>
/// <param name="Account">The account name.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="LastSeenAt">When it was last used (UTC).</param>
/// <param name="ExpiresAt">The absolute end, whatever the activity (UTC).</param>
public sealed record SessionRecord(string Account, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt);

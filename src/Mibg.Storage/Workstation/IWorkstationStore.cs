using Mibg.Storage.Audit;

namespace Mibg.Storage.Workstation;

/// <summary>
/// The reader workstation's side of the study database (the same object as its <see cref="IStudyStore"/>):
/// accounts, sessions, the study's readers, reader assignments and the append-only, keyed audit log. Every change
/// is audited in the same transaction. Open one with <see cref="WorkstationStores.OpenAsync(string, TimeProvider?, CancellationToken)"/>.
/// </summary>
public interface IWorkstationStore : IAsyncDisposable
{
    /// <summary>Creates an account and audits it, in one transaction.</summary>
    /// <exception cref="WorkstationStoreException">The name is invalid or already taken.</exception>
    Task AddUserAsync(WorkstationUser user, string actor, CancellationToken cancellationToken = default);

    /// <summary>The account of that exact name; null when none.</summary>
    Task<WorkstationUser?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>All accounts, by name.</summary>
    Task<IReadOnlyList<WorkstationUser>> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a login attempt before its password is checked, atomically in the database: allowed only while the
    /// account exists, is enabled, is not locked, and has had fewer than <paramref name="maxFailures"/> counted
    /// attempts since its last successful login; the attempt that reaches <paramref name="maxFailures"/> locks the
    /// account for <paramref name="lockDuration"/> (an expired lock starts a new count). So of any number of
    /// simultaneous attempts at most <paramref name="maxFailures"/> are allowed. The web then checks the password
    /// and, when right, calls <see cref="LoginSucceededAsync"/>. Not audited here (the web audits the outcome).
    /// </summary>
    Task<LoginAttempt> BeginLoginAttemptAsync(string name, int maxFailures, TimeSpan lockDuration, CancellationToken cancellationToken = default);

    /// <summary>A right password: clears the count of failed attempts and any lock.</summary>
    Task LoginSucceededAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Disables or enables an account, audited; disabling revokes all its sessions in the same transaction. The last enabled admin account is not disabled (<see cref="WorkstationStoreException"/>).</summary>
    /// <exception cref="WorkstationStoreException">No such account.</exception>
    Task SetDisabledAsync(string name, bool disabled, string actor, CancellationToken cancellationToken = default);

    /// <summary>Replaces an account's password hash, audited; revokes its sessions and clears its lock.</summary>
    /// <exception cref="WorkstationStoreException">No such account.</exception>
    Task ResetPasswordAsync(string name, string passwordHash, string actor, CancellationToken cancellationToken = default);

    /// <summary>Clears an account's failed-login count and lock, audited.</summary>
    /// <exception cref="WorkstationStoreException">No such account.</exception>
    Task UnlockAsync(string name, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a server-side session for an enabled account; returns its token (256 random bits, base64url) —
    /// the only copy: the store keeps its SHA-256. Ends at <paramref name="absoluteLifetime"/> whatever the activity.
    /// </summary>
    Task<string> CreateSessionAsync(string account, TimeSpan absoluteLifetime, CancellationToken cancellationToken = default);

    /// <summary>
    /// The session of a token, marked as used now; null (and no longer usable) when unknown, revoked, past its
    /// absolute expiry, idle longer than <paramref name="idleTimeout"/>, or its account is disabled or gone.
    /// </summary>
    Task<SessionRecord?> TouchSessionAsync(string token, TimeSpan idleTimeout, CancellationToken cancellationToken = default);

    /// <summary>Ends a session (logout), audited as <c>logout</c> by <paramref name="actor"/>; false when there was no live session.</summary>
    Task<bool> RevokeSessionAsync(string token, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// The study's readers: a defined set, so adding an account never changes who must read a scan. Scans without
    /// an explicit assignment are read by these readers.
    /// </summary>
    Task<IReadOnlyList<string>> GetStudyReadersAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the study's readers (each an existing reader account), audited.</summary>
    /// <exception cref="WorkstationStoreException">A name is not a reader account.</exception>
    Task SetStudyReadersAsync(IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the readers assigned to a scan and audits the change. An empty list restores the default: the study's
    /// readers (<see cref="GetStudyReadersAsync"/>).
    /// </summary>
    Task SetAssignmentAsync(string scanId, IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default);

    /// <summary>Explicit assignments: scan id → reader names. Scans absent here go to the study's readers.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAssignmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends one entry to the audit log, chained to the last one, for events that change no covered table
    /// (logins, exports); safe under concurrent callers. Changes to reads, accounts and assignments are audited by
    /// the method that makes them.
    /// </summary>
    Task<AuditEntry> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>The whole audit log in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies the audit log with the key and the anchor, and the covered tables against it (<see cref="AuditVerifier"/>):
    /// what <c>mibg audit verify</c> reports.
    /// </summary>
    Task<AuditVerification> VerifyAuditAsync(CancellationToken cancellationToken = default);
}

/// <summary>A workstation store operation refused for a reason the user can fix.</summary>
public sealed class WorkstationStoreException(string message) : Exception(message);

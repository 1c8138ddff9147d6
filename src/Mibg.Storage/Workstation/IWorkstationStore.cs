namespace Mibg.Storage.Workstation;

/// <summary>
/// The reader workstation's own tables, kept in the same database as the study (SQLite file or
/// PostgreSQL): accounts, reader assignments and the append-only, hash-chained audit log.
/// Open one with <see cref="WorkstationStores.OpenAsync"/>.
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

    /// <summary>Records the failed-login count and lock of an account.</summary>
    Task SetLoginStateAsync(string name, int failedLogins, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the readers assigned to a scan and audits the change. An empty list restores the default:
    /// every reader account reads every scan.
    /// </summary>
    Task SetAssignmentAsync(string scanId, IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default);

    /// <summary>Explicit assignments: scan id → reader names. Scans absent here go to every reader.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAssignmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends one entry to the audit log, chained to the last one; safe under concurrent callers.</summary>
    Task<AuditEntry> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>The whole audit log in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(CancellationToken cancellationToken = default);
}

/// <summary>A workstation store operation refused for a reason the user can fix.</summary>
public sealed class WorkstationStoreException(string message) : Exception(message);

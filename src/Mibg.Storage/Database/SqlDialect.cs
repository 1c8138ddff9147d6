using System.Data.Common;

namespace Mibg.Storage.Database;

/// <summary>
/// What differs between the embedded SQLite store and the PostgreSQL store; everything else (the SQL of the
/// study, the reads, the accounts, the audit log) is shared by <see cref="StudyDatabase"/>.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>SQLite or PostgreSQL.</summary>
    public abstract StoreKind Kind { get; }

    /// <summary>A description for messages, without secrets, e.g. <c>SQLite store ./mibg.db</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Opens a new (pooled) connection.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// Begins a write transaction that excludes every other writer of the study database until it ends: SQLite
    /// <c>BEGIN IMMEDIATE</c>; PostgreSQL a transaction-scoped advisory lock taken as its first statement, so each
    /// later statement (READ COMMITTED) sees everything the previous writer committed. Checks made inside it
    /// (versions, an existing consensus, the last audit entry) therefore still hold when it commits.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection c, CancellationToken ct);

    /// <summary>Begins a read-only transaction that sees one consistent snapshot of every table.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection c, CancellationToken ct);

    /// <summary>Whether a table exists, without needing the right to create one.</summary>
    public abstract Task<bool> TableExistsAsync(DbConnection c, DbTransaction? tx, string table, CancellationToken ct);

    /// <summary>Whether an exception is a primary-key or unique violation.</summary>
    public abstract bool IsUniqueViolation(Exception e);

    /// <summary>Whether an exception is any integrity-constraint violation (check, foreign key, unique, not null).</summary>
    public abstract bool IsConstraintViolation(Exception e);

    /// <summary>Whether an exception was raised by one of the store's guard triggers (message in the exception).</summary>
    public abstract bool IsGuardTrigger(Exception e);

    /// <summary>Runs once after the schema is current (SQLite: file mode checks). Nothing by default.</summary>
    public virtual Task AfterOpenAsync(CancellationToken ct) => Task.CompletedTask;

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}

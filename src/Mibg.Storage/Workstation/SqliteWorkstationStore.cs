using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Mibg.Storage.Workstation;

/// <summary>The workstation tables in the embedded SQLite store file.</summary>
public sealed class SqliteWorkstationStore : WorkstationStore
{
    private readonly string _connectionString;

    private SqliteWorkstationStore(string path, TimeProvider? clock) : base(clock) =>
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();

    /// <summary>Opens (creating when absent) the store file at <paramref name="path"/> and migrates its workstation tables.</summary>
    public static async Task<SqliteWorkstationStore> OpenAsync(string path, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var store = new SqliteWorkstationStore(path, clock);
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(cancellationToken);
        return c;
    }

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginAuditTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // BEGIN IMMEDIATE: the write lock is taken at once, so two appends cannot read the same last entry.
        await ((SqliteConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);

    /// <inheritdoc />
    protected override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    /// <inheritdoc />
    protected override IReadOnlyList<string> DialectMigrations { get; } =
    [
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,
    ];

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return base.DisposeAsync();
    }
}

using System.Data.Common;
using Mibg.Storage.Workstation;
using Npgsql;

namespace Mibg.Storage.Postgres;

/// <summary>The workstation tables in a PostgreSQL study store (multi-user or multi-centre server).</summary>
public sealed class PostgresWorkstationStore : WorkstationStore
{
    /// <summary>Key of the transaction-scoped advisory lock that serialises audit appends and migrations.</summary>
    private const long AuditLockKey = 0x6D6962_67_4155; // "mibg" "AU"

    private readonly NpgsqlDataSource _dataSource;

    private PostgresWorkstationStore(string connectionString, TimeProvider? clock) : base(clock) =>
        _dataSource = NpgsqlDataSource.Create(connectionString);

    /// <summary>Connects with <paramref name="connectionString"/> (<c>Host=…;Database=…</c>) and migrates the workstation tables.</summary>
    public static async Task<PostgresWorkstationStore> OpenAsync(string connectionString, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var store = new PostgresWorkstationStore(connectionString, clock);
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        return store;
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginAuditTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tx = await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);
        await using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, tx);
        lockCommand.Parameters.AddWithValue("key", AuditLockKey);
        await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        return tx;
    }

    /// <inheritdoc />
    protected override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    protected override IReadOnlyList<string> DialectMigrations { get; } =
    [
        """
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
        """,
    ];

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}

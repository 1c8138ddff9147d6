using System.Data;
using System.Data.Common;
using Npgsql;

namespace Mibg.Storage.Database;

/// <summary>The server store: a PostgreSQL database (docs/security.md for the owner and application roles).</summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Key of the transaction-scoped advisory lock held by every writer (and by migrations).</summary>
    private const long WriterLockKey = 0x6D6962_67_5354; // "mibg" "ST"

    private readonly NpgsqlDataSource _dataSource;

    private PostgresDialect(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Description = description;
    }

    public override StoreKind Kind => StoreKind.PostgreSql;

    public override string Description { get; }

    public static PostgresDialect Create(StoreSpec spec)
    {
        var builder = new NpgsqlConnectionStringBuilder(spec.Text);
        return new PostgresDialect(NpgsqlDataSource.Create(builder), $"PostgreSQL store {builder.Host}:{builder.Port}/{builder.Database}");
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new StudyStoreException($"cannot open {Description}: {e.Message}; check that the server runs and the connection string is right", e);
        }
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection c, CancellationToken ct)
    {
        var tx = await ((NpgsqlConnection)c).BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        await using var cmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", (NpgsqlConnection)c, tx);
        cmd.Parameters.AddWithValue("k", WriterLockKey);
        await cmd.ExecuteNonQueryAsync(ct);
        return tx;
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection c, CancellationToken ct) =>
        await ((NpgsqlConnection)c).BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

    public override async Task<bool> TableExistsAsync(DbConnection c, DbTransaction? tx, string table, CancellationToken ct)
    {
        // A scan of pg_class under the statement's snapshot, not to_regclass(): the latter answers from the backend's
        // catalog cache, which may still miss a table another process created while this one waited for the writer
        // lock, so two processes migrating a new database at once would both create it.
        await using var cmd = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE c.relname = @t AND n.nspname = current_schema())", (NpgsqlConnection)c, (NpgsqlTransaction?)tx);
        cmd.Parameters.AddWithValue("t", table);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public override bool IsUniqueViolation(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool IsConstraintViolation(Exception e) =>
        e is PostgresException p && p.SqlState.StartsWith("23", StringComparison.Ordinal);

    public override bool IsGuardTrigger(Exception e) => e is PostgresException { SqlState: "P0001" }; // RAISE EXCEPTION

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

using Mibg.Core.Study;
using Mibg.Storage.Layout;
using Mibg.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Mibg.Storage.Postgres;

/// <summary>
/// The server store: the study in a PostgreSQL database, for a multi-user or multi-centre workstation.
/// Same tables and migrations as the embedded store (<see cref="StudySchema"/>), same behaviour: each
/// write is one transaction. Safe to share between threads (each call takes its own pooled connection).
/// </summary>
public sealed partial class PostgresStudyStore : IStudyStore
{
    /// <summary>Advisory lock key serialising migrations and read inserts (keeps <c>row_order</c> unique).</summary>
    private const long StudyLockKey = 0x6D6962_67_5354; // "mibg" "ST"

    private readonly NpgsqlDataSource _dataSource;

    private PostgresStudyStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Description = description;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Connects with <paramref name="connectionString"/> and creates or migrates the schema.</summary>
    /// <exception cref="StudyStoreException">The server cannot be reached, or its schema is newer than this mibg.</exception>
    public static PostgresStudyStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StudyStoreException($"--store: not a valid PostgreSQL connection string ({e.Message}); write e.g. Host=localhost;Database=mibg;Username=mibg", e);
        }
        var description = $"PostgreSQL store {builder.Host}:{builder.Port}/{builder.Database}";
        var store = new PostgresStudyStore(NpgsqlDataSource.Create(builder), description);
        try
        {
            store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            store._dataSource.Dispose();
            throw new StudyStoreException($"cannot open {description}: {e.Message}; check that the server runs and the connection string is right", e);
        }
        catch
        {
            store._dataSource.Dispose();
            throw;
        }
        return store;
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await LockAsync(c, tx, ct);
        await ExecuteAsync(c, tx, StudySchema.VersionTableSql, ct);
        var version = await ReadSchemaVersionAsync(c, tx, ct);
        if (version > StudySchema.CurrentVersion)
            throw new StudyStoreException($"{Description} has schema version {version}, newer than this mibg understands ({StudySchema.CurrentVersion}); update mibg");
        for (var v = version; v < StudySchema.CurrentVersion; v++)
        {
            await ExecuteAsync(c, tx, StudySchema.Migrations[v], ct);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)", c, tx);
            record.Parameters.AddWithValue("v", v + 1);
            record.Parameters.AddWithValue("at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <inheritdoc />
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadSchemaVersionAsync(c, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StudyCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(
            "SELECT (SELECT COUNT(*) FROM patients), (SELECT COUNT(*) FROM scans), (SELECT COUNT(*) FROM reads), (SELECT COUNT(*) FROM events)", c);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        await r.ReadAsync(cancellationToken);
        return new StudyCounts((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();

    private static async Task<int> ReadSchemaVersionAsync(NpgsqlConnection c, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", c, tx);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task LockAsync(NpgsqlConnection c, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", c, tx);
        cmd.Parameters.AddWithValue("k", StudyLockKey);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, c, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand InsertCommand(NpgsqlConnection c, NpgsqlTransaction tx, string table, IReadOnlyList<string> columns)
    {
        var cmd = new NpgsqlCommand(
            $"INSERT INTO {table} (row_order, {string.Join(", ", columns)}, extra) VALUES (@row_order, {string.Join(", ", columns.Select(x => "@" + x))}, @extra)",
            c, tx);
        cmd.Parameters.Add(new NpgsqlParameter("row_order", NpgsqlDbType.Integer));
        foreach (var col in columns) cmd.Parameters.Add(new NpgsqlParameter(col, NpgsqlDbType.Text));
        cmd.Parameters.Add(new NpgsqlParameter("extra", NpgsqlDbType.Text));
        return cmd;
    }

    private static void Bind(NpgsqlCommand cmd, long rowOrder, object?[] values, IReadOnlyDictionary<string, string> extra)
    {
        cmd.Parameters[0].Value = checked((int)rowOrder);
        for (var i = 0; i < values.Length; i++)
        {
            var p = cmd.Parameters[i + 1];
            if (values[i] is null)
            {
                p.ResetDbType(); // an untyped NULL: the server takes the column's type
                p.Value = DBNull.Value;
            }
            else
            {
                p.NpgsqlDbType = values[i] is int ? NpgsqlDbType.Integer : NpgsqlDbType.Text;
                p.Value = values[i];
            }
        }
        cmd.Parameters[values.Length + 1].Value = ExtraJson.Write(extra);
    }
}

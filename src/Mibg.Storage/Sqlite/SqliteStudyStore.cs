using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (default <c>./mibg.db</c>) with the schema of <see cref="StudySchema"/>.
/// Every write runs in one transaction with SQLite's rollback journal, so a failed, cancelled or killed write
/// leaves the file as it was (SQLite rolls the hot journal back on the next open). One object holds one
/// connection and is not thread-safe: open one per unit of work (SQLite serialises writers across them).
/// </summary>
public sealed partial class SqliteStudyStore : IStudyStore
{
    private readonly SqliteConnection _connection;

    private SqliteStudyStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => $"SQLite store {Path}";

    /// <summary>Opens (and creates or migrates) the store file at <paramref name="path"/>.</summary>
    /// <exception cref="StudyStoreException">Missing file (with <paramref name="createIfMissing"/> false), a file that is not an mibg store, or a newer schema.</exception>
    public static SqliteStudyStore Open(string path, bool createIfMissing = true)
    {
        if (Directory.Exists(path))
            throw new StudyStoreException($"store '{path}' is a folder; give a file name, e.g. {System.IO.Path.Combine(path, StudyStores.DefaultPath)}");
        if (!File.Exists(path))
        {
            if (!createIfMissing)
                throw new StudyStoreException($"no store at '{path}'; import a study first (mibg import STUDY --store {path})");
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (dir is not null && !Directory.Exists(dir))
                throw new StudyStoreException($"cannot create store '{path}': folder '{dir}' does not exist");
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = createIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            ForeignKeys = true,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new SqliteStudyStore(connection, path);
            store.Migrate();
            return store;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26) // SQLITE_NOTADB
        {
            connection.Dispose();
            throw new StudyStoreException($"'{path}' is not an mibg store (not an SQLite database); give another --store file", e);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StudyStoreException($"cannot open store '{path}': {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadSchemaVersion());

    /// <inheritdoc />
    public Task<StudyCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Counts(null));

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private int ReadSchemaVersion()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Migrate()
    {
        Execute(null, "PRAGMA journal_mode = DELETE");
        if (!HasTable("schema_version"))
        {
            using var check = _connection.CreateCommand();
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                throw new StudyStoreException($"'{Path}' is an SQLite database but not an mibg store (it has no schema_version table); give another --store file");
        }
        Execute(null, StudySchema.VersionTableSql);
        var version = ReadSchemaVersion();
        if (version > StudySchema.CurrentVersion)
            throw new StudyStoreException($"store '{Path}' has schema version {version}, newer than this mibg understands ({StudySchema.CurrentVersion}); update mibg");
        for (var v = version; v < StudySchema.CurrentVersion; v++)
        {
            using var tx = _connection.BeginTransaction();
            Execute(tx, StudySchema.Migrations[v]);
            using var record = _connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)";
            record.Parameters.AddWithValue("$v", v + 1);
            record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private bool HasTable(string name)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $n";
        cmd.Parameters.AddWithValue("$n", name);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private void Execute(SqliteTransaction? tx, string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private StudyCounts Counts(SqliteTransaction? tx)
    {
        int Count(string table)
        {
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
            return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new StudyCounts(Count(StudyTables.Patients), Count(StudyTables.Scans), Count(StudyTables.Reads), Count(StudyTables.Events));
    }

    private static object?[] ReadRow(DbDataReader reader, int count)
    {
        var values = new object?[count];
        for (var i = 0; i < count; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return values;
    }
}

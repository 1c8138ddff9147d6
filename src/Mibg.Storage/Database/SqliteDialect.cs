using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Mibg.Storage.Database;

/// <summary>The embedded store: one SQLite file, rollback journal, created with mode 0600.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    private SqliteDialect(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    public override StoreKind Kind => StoreKind.Sqlite;

    public override string Description => $"SQLite store {Path}";

    /// <summary>Checks the path, creates the file (mode 0600) when allowed, and returns the dialect.</summary>
    public static SqliteDialect Create(string path, bool createIfMissing)
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
            // Created by us with mode 0600 before SQLite opens it; SQLite gives its journal the same mode.
            OwnerOnlyFile.CreateEmpty(path);
        }
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 60, // seconds a writer waits for another writer (busy timeout)
        }.ToString();
        return new SqliteDialect(path, cs);
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        try
        {
            await c.OpenAsync(ct);
        }
        catch (SqliteException e)
        {
            await c.DisposeAsync();
            throw new StudyStoreException($"cannot open store '{Path}': {e.Message}", e);
        }
        return c;
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection c, CancellationToken ct) =>
        // IsolationLevel.Serializable = BEGIN IMMEDIATE: the write lock is taken now, not at the first write.
        await ((SqliteConnection)c).BeginTransactionAsync(IsolationLevel.Serializable, ct);

    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection c, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)c).BeginTransaction(deferred: true));

    public override async Task<bool> TableExistsAsync(DbConnection c, DbTransaction? tx, string table, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $n";
        cmd.Parameters.Add(new SqliteParameter("$n", table));
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public override bool IsUniqueViolation(Exception e) =>
        e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 }; // PRIMARYKEY, UNIQUE

    public override bool IsConstraintViolation(Exception e) => e is SqliteException { SqliteErrorCode: 19 } && !IsGuardTrigger(e);

    public override bool IsGuardTrigger(Exception e) =>
        e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1811 }; // SQLITE_CONSTRAINT_TRIGGER (RAISE(ABORT))

    public override ValueTask DisposeAsync()
    {
        using (var c = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(c);
        return ValueTask.CompletedTask;
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using Mibg.Storage.Audit;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

/// <summary>
/// The study database: one implementation of <see cref="IStudyStore"/> and <see cref="IWorkstationStore"/> over
/// <see cref="DbConnection"/>, for SQLite and PostgreSQL alike (<see cref="SqlDialect"/> holds the differences).
/// Each change runs in one write transaction (<see cref="WriteAsync{T}"/>) that also appends its audit entry, so
/// both are committed or neither is; after the commit the anchor file is moved forward.
/// Thread-safe: every call takes its own pooled connection.
/// </summary>
internal sealed partial class StudyDatabase : IStudyStore, IWorkstationStore
{
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _clock;
    private readonly AuditFiles _auditFiles;
    private readonly Lock _keyLock = new();
    private AuditKey? _key;

    private StudyDatabase(SqlDialect dialect, StoreSpec spec, StoreOptions options)
    {
        _dialect = dialect;
        _clock = options.Clock;
        _auditFiles = AuditFiles.For(spec, options.AuditDirectory);
        CrashPointForTests = options.CrashPointForTests;
        Spec = spec;
    }

    /// <summary>Tests only (<see cref="StoreOptions.CrashPointForTests"/>).</summary>
    internal Action<CrashPoint>? CrashPointForTests { get; }

    /// <summary>The store specification it was opened with.</summary>
    public StoreSpec Spec { get; }

    /// <inheritdoc />
    public string Description => _dialect.Description;

    /// <summary>Where the audit key and anchor of this store live.</summary>
    public AuditFiles AuditFiles => _auditFiles;

    /// <summary>Opens (creating or migrating) the database named by <paramref name="spec"/>.</summary>
    public static async Task<StudyDatabase> OpenAsync(StoreSpec spec, StoreOptions options, CancellationToken ct)
    {
        SqlDialect dialect = spec.Kind == StoreKind.Sqlite
            ? SqliteDialect.Create(spec.Text, options.CreateIfMissing)
            : PostgresDialect.Create(spec);
        var db = new StudyDatabase(dialect, spec, options);
        try
        {
            await db.MigrateAsync(ct);
            await dialect.AfterOpenAsync(ct);
            if (options.RecoverInterruptedWrites && AuditAnchor.Read(db._auditFiles.AnchorPath)?.Pending is not null)
            {
                await using var unit = await db.BeginUnitAsync(ct);
                await unit.RecoverAnchorAsync();
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode == 26) // SQLITE_NOTADB
        {
            await db.DisposeAsync();
            throw new StudyStoreException($"'{spec.Display}' is not an mibg store (not an SQLite database); give another --store file", e);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            await db.DisposeAsync();
            throw new StudyStoreException($"cannot open store '{spec.Display}': {e.Message}", e);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "42501") // insufficient privilege
        {
            await db.DisposeAsync();
            throw new StudyStoreException(
                $"cannot open {dialect.Description}: its schema must be created or upgraded to version {StoreSchema.CurrentVersion}, and this role may not ({e.MessageText}); " +
                "run `mibg store grant` with the owner role's connection string first (docs/security.md, \"PostgreSQL roles\")", e);
        }
        catch (Npgsql.NpgsqlException e)
        {
            await db.DisposeAsync();
            throw new StudyStoreException($"cannot open {dialect.Description}: {e.Message}", e);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
        return db;
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using (var c = await _dialect.OpenAsync(ct))
        {
            if (!await _dialect.TableExistsAsync(c, null, "schema_version", ct))
            {
                await using var tx = await _dialect.BeginWriteAsync(c, ct);
                if (!await _dialect.TableExistsAsync(c, tx, "schema_version", ct))
                {
                    if (_dialect.Kind == StoreKind.Sqlite
                        && await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", transaction: tx, cancellationToken: ct)) > 0)
                        throw new StudyStoreException($"'{Spec.Display}' is an SQLite database but not an mibg store (it has no schema_version table); give another --store file");
                    await c.ExecuteAsync(new CommandDefinition(StoreSchema.VersionTableSql, transaction: tx, cancellationToken: ct));
                }
                await tx.CommitAsync(ct);
            }
            var current = await ReadSchemaVersionAsync(c, null, ct);
            if (current > StoreSchema.CurrentVersion)
                throw new StudyStoreException($"{Description} has schema version {current}, newer than this mibg understands ({StoreSchema.CurrentVersion}); update mibg");
            if (current == StoreSchema.CurrentVersion) return;
        }
        for (var v = 0; v < StoreSchema.CurrentVersion; v++)
        {
            // One transaction per migration, under the writer lock; the version is read again inside it, so several
            // processes opening a new store at once apply each migration once.
            await using var unit = await BeginUnitAsync(ct);
            var current = await ReadSchemaVersionAsync(unit.Connection, unit.Transaction, ct);
            if (current > v) continue;
            var m = StoreSchema.Migrations[v];
            await unit.ExecuteAsync(m.Common);
            var dialectSql = _dialect.Kind == StoreKind.Sqlite ? m.Sqlite : m.Postgres;
            if (dialectSql.Length > 0) await unit.ExecuteAsync(dialectSql);
            await unit.ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)",
                new { v = v + 1, at = AuditChain.FormatTime(_clock.GetUtcNow()) });
            if (v + 1 == KeyedAuditVersion) await SealAsync(unit, ct);
            await unit.CommitAsync();
        }
    }

    /// <summary>The schema version that introduced the keyed audit chain and the covered tables.</summary>
    private const int KeyedAuditVersion = 4;

    /// <summary>
    /// Starts the keyed chain of a store that already holds an (unkeyed) log or covered content: a
    /// <see cref="AuditActions.Sealed"/> entry recording the legacy entries and the covered state as they are.
    /// What happened before it is vouched for only by the legacy SHA-256 chain (docs/security.md).
    /// </summary>
    private async Task SealAsync(WriteUnit unit, CancellationToken ct)
    {
        var legacy = await unit.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM audit_log", transaction: unit.Transaction, cancellationToken: ct));
        var state = await ReadCoveredStateAsync(unit.Connection, unit.Transaction, ct, draftsExist: false);
        if (legacy == 0 && state.Reads.Count == 0 && state.Accounts.Count == 0 && state.Assignments.Count == 0 && state.StudyReaders.Length == 0)
            return;
        await unit.AuditAsync(new AuditRecord("system", AuditActions.Sealed, "", null, AuditPayload.Seal(legacy, state)));
    }

    /// <summary>The audit key, read (or, for a log still empty, created) on first use.</summary>
    private AuditKey Key(bool logIsEmpty)
    {
        lock (_keyLock)
            return _key ??= AuditKey.Load(_auditFiles.KeyPath, create: logIsEmpty);
    }

    /// <inheritdoc />
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        return await ReadSchemaVersionAsync(c, null, cancellationToken);
    }

    private static async Task<int> ReadSchemaVersionAsync(DbConnection c, DbTransaction? tx, CancellationToken ct) =>
        (int)await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: tx, cancellationToken: ct));

    /// <inheritdoc />
    public async Task<StudyCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        var r = await c.QuerySingleAsync<(long, long, long, long, long, long)>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM patients), (SELECT COUNT(*) FROM scans), (SELECT COUNT(*) FROM reads), (SELECT COUNT(*) FROM events), " +
            "(SELECT COUNT(*) FROM radiotherapy), (SELECT COUNT(*) FROM assessments)",
            cancellationToken: cancellationToken));
        return new StudyCounts((int)r.Item1, (int)r.Item2, (int)r.Item3, (int)r.Item4) { RadiotherapyCourses = (int)r.Item5, Assessments = (int)r.Item6 };
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    private static string Now(TimeProvider clock) => AuditChain.FormatTime(clock.GetUtcNow());

    private static int ToInt(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static object?[] ReadRow(DbDataReader reader, int count)
    {
        var values = new object?[count];
        for (var i = 0; i < count; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return values;
    }

    private static string Columns(string table) => string.Join(", ", StudyColumns.Of(table));
}

using System.Data.Common;
using Dapper;
using Mibg.Storage.Audit;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

internal sealed partial class StudyDatabase
{
    /// <summary>
    /// A unit of work: one connection, one write transaction holding the writer lock, the audit entries appended
    /// in it, committed together. Disposing without <see cref="CommitAsync"/> rolls everything back.
    /// </summary>
    internal sealed class WriteUnit : IAsyncDisposable
    {
        private readonly StudyDatabase _db;
        private readonly CancellationToken _ct;
        private AuditEntry? _last;
        private bool _lastLoaded;
        private AuditPoint? _start;
        private bool _movesAnchor;

        public WriteUnit(StudyDatabase db, DbConnection connection, DbTransaction transaction, CancellationToken ct)
        {
            _db = db;
            Connection = connection;
            Transaction = transaction;
            _ct = ct;
        }

        public DbConnection Connection { get; }

        public DbTransaction Transaction { get; }

        public CancellationToken Cancellation => _ct;

        public Task<int> ExecuteAsync(string sql, object? param = null) =>
            Connection.ExecuteAsync(new CommandDefinition(sql, param, Transaction, cancellationToken: _ct));

        public Task<T?> ScalarAsync<T>(string sql, object? param = null) =>
            Connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, param, Transaction, cancellationToken: _ct));

        public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null) =>
            (await Connection.QueryAsync<T>(new CommandDefinition(sql, param, Transaction, cancellationToken: _ct))).AsList();

        /// <summary>Appends an audit entry chained to the last one, in this transaction.</summary>
        public async Task<AuditEntry> AuditAsync(AuditRecord record)
        {
            await LoadAsync(sealing: record.Action == AuditActions.Sealed);
            return await AppendAsync(record);
        }

        /// <summary>
        /// Once per unit, under the writer lock: the log's last entry, and the anchor compared with it; a write the
        /// anchor records as in progress that never reached the log is recorded first (not while sealing a legacy log).
        /// </summary>
        private async Task LoadAsync(bool sealing)
        {
            if (_lastLoaded) return;
            _last = (await Connection.QuerySingleOrDefaultAsync<AuditRow>(new CommandDefinition(
                SelectAudit + " ORDER BY seq DESC LIMIT 1", transaction: Transaction, cancellationToken: _ct)))?.ToEntry();
            _lastLoaded = true;
            _start = _last is null ? new AuditPoint(0, AuditChain.Genesis) : new AuditPoint(_last.Sequence, _last.Hash);
            var interrupted = await CheckAnchorAsync();
            if (interrupted is not null && !sealing)
                await AppendAsync(new AuditRecord("system", AuditActions.InterruptedWrite, "", null, AuditPayload.Interrupted(interrupted)));
        }

        /// <summary>
        /// Puts the anchor right after a process was stopped mid-write, without waiting for the next change: a write
        /// committed but not confirmed is confirmed; one that never reached the log gets its
        /// <see cref="AuditActions.InterruptedWrite"/> entry. Commits. Nothing happens to a log that was cut or rewritten.
        /// </summary>
        public async Task RecoverAnchorAsync()
        {
            await LoadAsync(sealing: false);
            await CommitAsync();
            if (_movesAnchor && _start!.Count > 0) AuditAnchor.Confirm(_db._auditFiles.AnchorPath, _last is null ? _start : new AuditPoint(_last.Sequence, _last.Hash));
        }

        /// <summary>
        /// Compares the anchor with the log as this unit found it (under the writer lock). The anchor is moved by this
        /// unit only when the log still holds the anchor's confirmed entry (and its pending write, or else ends at the
        /// confirmed entry): a log that was cut or rewritten leaves the anchor as it is, so verification keeps
        /// reporting it. Returns the anchor's pending write when it never reached the log (the process writing it was
        /// killed before its commit), which this unit then records.
        /// </summary>
        private async Task<AuditPoint?> CheckAnchorAsync()
        {
            var anchor = AuditAnchor.Read(_db._auditFiles.AnchorPath);
            if (anchor is null)
            {
                _movesAnchor = true;
                return null;
            }
            if (!await HoldsAsync(anchor.Confirmed))
            {
                _movesAnchor = false;
                return null;
            }
            if (anchor.Pending is not { } pending || await HoldsAsync(pending))
            {
                _movesAnchor = true;
                return null;
            }
            _movesAnchor = _start!.Count == anchor.Count;
            return _movesAnchor ? pending : null;
        }

        /// <summary>Whether the log (in this transaction) has <paramref name="point"/>'s entry with that MAC.</summary>
        private async Task<bool> HoldsAsync(AuditPoint point)
        {
            if (point.Count == 0) return true;
            if (point.Count > _start!.Count) return false;
            if (point.Count == _start.Count) return point.Head == _start.Head;
            return await ScalarAsync<string>("SELECT hash FROM audit_log WHERE seq = @Count", new { point.Count }) == point.Head;
        }

        private async Task<AuditEntry> AppendAsync(AuditRecord record)
        {
            var key = record.Action == AuditActions.Sealed ? _db.KeyForSeal() : _db.Key(logIsEmpty: _last is null);
            var entry = AuditChain.Next(key, _last, _db._clock.GetUtcNow(), record);
            await ExecuteAsync(
                "INSERT INTO audit_log (seq, at, actor, action, subject, before_state, after_state, previous_hash, hash) " +
                "VALUES (@Sequence, @At, @Actor, @Action, @Subject, @Before, @After, @PreviousHash, @Hash)",
                new
                {
                    entry.Sequence, At = AuditChain.FormatTime(entry.At), entry.Actor, entry.Action, entry.Subject,
                    entry.Before, entry.After, entry.PreviousHash, entry.Hash,
                });
            _last = entry;
            return entry;
        }

        /// <summary>Commits the change and its audit entries, then moves the anchor forward (outside the database).</summary>
        /// <remarks>
        /// The anchor is written twice: before the commit it records this write as pending (still under the writer
        /// lock, so pending writes never interleave), after it as confirmed. A kill between the two leaves an anchor
        /// whose pending write is in the log: verification reports it as an interrupted anchor update, and the next
        /// write confirms it. A kill before the commit leaves a pending write that is not in the log: the next write
        /// records an <see cref="AuditActions.InterruptedWrite"/> entry (docs/security.md, "Anchor").
        /// </remarks>
        public async Task CommitAsync()
        {
            var wrote = _last is not null && _start is not null && _last.Sequence > _start.Count;
            var pending = wrote ? new AuditPoint(_last!.Sequence, _last.Hash) : null;
            if (pending is not null && _movesAnchor) AuditAnchor.BeginWrite(_db._auditFiles.AnchorPath, _start!, pending);
            _db.CrashPointForTests?.Invoke(CrashPoint.BeforeCommit);
            await Transaction.CommitAsync(_ct);
            _db.CrashPointForTests?.Invoke(CrashPoint.AfterCommit);
            if (pending is not null && _movesAnchor) AuditAnchor.Confirm(_db._auditFiles.AnchorPath, pending);
        }

        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    /// <summary>Opens a connection and begins a write transaction (the writer lock is held from here).</summary>
    private async Task<WriteUnit> BeginUnitAsync(CancellationToken ct)
    {
        var c = await _dialect.OpenAsync(ct);
        try
        {
            return new WriteUnit(this, c, await _dialect.BeginWriteAsync(c, ct), ct);
        }
        catch
        {
            await c.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one unit of work and commits it, unless it throws.</summary>
    private async Task<T> WriteAsync<T>(Func<WriteUnit, Task<T>> work, CancellationToken ct)
    {
        try
        {
            await using var unit = await BeginUnitAsync(ct);
            var result = await work(unit);
            await unit.CommitAsync();
            return result;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "42501")
        {
            throw NotThisRole(e);
        }
    }

    /// <summary>The application role met a change that is the owner's (docs/security.md, "PostgreSQL roles").</summary>
    private StudyStoreException NotThisRole(Npgsql.PostgresException e) => new(
        $"{Description}: the connecting role may not make this change ({e.MessageText}); imports, accounts and the study's readers " +
        "are changed with the owner role's connection string (docs/security.md, \"PostgreSQL roles\")", e);

    /// <summary>Like <see cref="WriteAsync{T}"/>, but commits only when <paramref name="commit"/> says so (a refused change writes nothing).</summary>
    private async Task<T> WriteIfAsync<T>(Func<WriteUnit, Task<T>> work, Func<T, bool> commit, CancellationToken ct)
    {
        try
        {
            await using var unit = await BeginUnitAsync(ct);
            var result = await work(unit);
            if (commit(result)) await unit.CommitAsync();
            return result;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "42501")
        {
            throw NotThisRole(e);
        }
    }

    private AuditKey KeyForSeal()
    {
        lock (_keyLock)
            return _key ??= AuditKey.Load(_auditFiles.KeyPath, create: true);
    }

    internal const string SelectAudit =
        "SELECT seq AS Sequence, at AS At, actor AS Actor, action AS Action, subject AS Subject, before_state AS Before, " +
        "after_state AS After, previous_hash AS PreviousHash, hash AS Hash FROM audit_log";

    internal sealed class AuditRow
    {
        public long Sequence { get; set; }
        public string At { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
        public string Subject { get; set; } = "";
        public string? Before { get; set; }
        public string? After { get; set; }
        public string PreviousHash { get; set; } = "";
        public string Hash { get; set; } = "";

        /// <summary>A time that is not in the stored form becomes the minimum, whose MAC then fails: reported, not thrown.</summary>
        private static DateTimeOffset ParseAt(string text) =>
            DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var t) ? t : DateTimeOffset.MinValue;

        public AuditEntry ToEntry() => new()
        {
            Sequence = Sequence, At = ParseAt(At), Actor = Actor, Action = Action, Subject = Subject,
            Before = Before, After = After, PreviousHash = PreviousHash, Hash = Hash,
        };
    }
}

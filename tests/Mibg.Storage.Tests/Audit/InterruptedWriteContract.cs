using System.Data.Common;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Audit;
using Mibg.Storage.Database;
using Mibg.Storage.Tests.Postgres;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Tests.Audit;

/// <summary>
/// A process killed in the middle of a commit (docs/security.md, "Anchor"). The anchor is written ahead of each
/// commit (the write as pending) and after it (confirmed); a write is stopped at each of the two moments a kill can
/// fall between database and anchor, exactly as a kill stops it (nothing after that point runs; the database rolls
/// an uncommitted transaction back). Verification must then call the store intact, say what happened, and the next
/// write must put the anchor right — while a log cut or rewritten around such a moment is still reported.
/// The real kill -9 of a running server is <c>ServeKillTests</c> (Mibg.Cli.Tests).
/// </summary>
public abstract class InterruptedWriteContract
{
    private sealed class Killed : Exception;

    protected string AuditDirectory { get; } = Directory.CreateTempSubdirectory("mibg-audit-").FullName;

    protected abstract Task<string> NewStoreSpecAsync();

    protected abstract Task<DbConnection> RawAsync(string spec);

    protected abstract string DropGuardsSql { get; }

    private CrashPoint? _killAt;

    private static Read ReadOf(string scan, string reader, int spine) => new()
    {
        ScanId = scan, Reader = reader, Siopen = new SiopenScore([0, 0, 0, 0, 0, 0, spine, 0, 0, 0, 0, 0]),
    };

    /// <summary>A store whose next write can be stopped at <see cref="_killAt"/>, with two reads already taken.</summary>
    private async Task<(string Spec, IStudyStore Store)> StoreAsync()
    {
        var spec = await NewStoreSpecAsync();
        var store = StudyStores.Open(spec, new StoreOptions
        {
            AuditDirectory = AuditDirectory,
            CrashPointForTests = p =>
            {
                if (p == _killAt) throw new Killed();
            },
        });
        await store.ImportAsync(StudyStoreSample.Study() with { Reads = [] }, source: "sample");
        var ws = (IWorkstationStore)store;
        await ws.AddUserAsync(new WorkstationUser { Name = "R1", Role = WorkstationRole.Reader, PasswordHash = "h1" }, "cli");
        await ws.AddUserAsync(new WorkstationUser { Name = "R2", Role = WorkstationRole.Reader, PasswordHash = "h2" }, "cli");
        Assert.True((await store.SubmitReadAsync(ReadOf("S1", "R1", 2), "R1")).Saved);
        return (spec, store);
    }

    /// <summary>Runs <paramref name="write"/> stopped at <paramref name="at"/>, as a kill there would stop it.</summary>
    private async Task KillDuringAsync(CrashPoint at, Func<Task> write)
    {
        _killAt = at;
        await Assert.ThrowsAsync<Killed>(write);
        _killAt = null;
    }

    private async Task<AuditVerification> VerifyAfresh(string spec)
    {
        // A new process: a store opened anew, as `mibg audit verify` does.
        await using var s = StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory });
        return await ((IWorkstationStore)s).VerifyAuditAsync();
    }

    [Fact]
    public async Task Killed_between_commit_and_anchor_the_store_verifies_says_so_and_the_next_write_confirms_it()
    {
        var (spec, store) = await StoreAsync();
        await using (store)
        {
            await KillDuringAsync(CrashPoint.AfterCommit, () => store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2"));

            var v = await VerifyAfresh(spec);
            Assert.Empty(v.Problems);
            // The read was committed, with its entry; the anchor names it as pending (entry 5: import, 2 accounts, 2 reads).
            Assert.Equal(5, v.Entries);
            Assert.Equal(4, v.Anchor!.Count);
            Assert.Equal(new AuditPoint(5, v.LastHash!), v.Anchor.Pending);
            Assert.Equal(["the anchor still records the write of entry 5 as in progress although the log has it: the process was stopped after its commit and before the anchor update (or is committing now); nothing is missing, and the next write moves the anchor on"], v.Notices);

            Assert.True((await store.SubmitReadAsync(ReadOf("S2", "R1", 1), "R1")).Saved);
            var after = await VerifyAfresh(spec);
            Assert.Empty(after.Problems);
            Assert.Empty(after.Notices);
            Assert.Equal(6, after.Anchor!.Count);
            Assert.Null(after.Anchor.Pending);
        }
    }

    [Fact]
    public async Task Killed_before_the_commit_nothing_is_stored_and_the_next_write_records_the_interrupted_write()
    {
        var (spec, store) = await StoreAsync();
        await using (store)
        {
            await KillDuringAsync(CrashPoint.BeforeCommit, () => store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2"));

            var v = await VerifyAfresh(spec);
            Assert.Empty(v.Problems);
            Assert.Equal(4, v.Entries);
            Assert.Equal(4, v.Anchor!.Count);
            Assert.Equal(5, v.Anchor.Pending!.Count);
            Assert.Single(v.Notices);
            Assert.StartsWith("the anchor records a write of entry 5 in progress that is not in the log: the process making it was stopped before its commit", v.Notices[0], StringComparison.Ordinal);
            Assert.DoesNotContain((await store.LoadAsync()).Reads, r => r.Reader == "R2");

            // The reader tries again: the store first records the write that never arrived, then the read.
            Assert.True((await store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2")).Saved);
            var entries = await ((IWorkstationStore)store).ReadAuditAsync();
            Assert.Equal(AuditActions.InterruptedWrite, entries[4].Action);
            Assert.Equal("system", entries[4].Actor);
            Assert.Contains(v.Anchor.Pending.Head, entries[4].After!, StringComparison.Ordinal);
            Assert.Equal(AuditActions.Read, entries[5].Action);
            var after = await VerifyAfresh(spec);
            Assert.Empty(after.Problems);
            Assert.Equal(6, after.Anchor!.Count);
            Assert.Null(after.Anchor.Pending);
            Assert.StartsWith("entry 5 (", Assert.Single(after.Notices), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_server_opening_the_store_after_a_kill_puts_the_anchor_right_at_once(bool afterCommit)
    {
        var (spec, store) = await StoreAsync();
        await using (store)
            await KillDuringAsync(afterCommit ? CrashPoint.AfterCommit : CrashPoint.BeforeCommit, () => store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2"));
        // As `mibg serve` opens it: no window left open until the next change.
        await using (var server = StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory, RecoverInterruptedWrites = true })) { }
        var v = await VerifyAfresh(spec);
        Assert.Empty(v.Problems);
        Assert.Null(v.Anchor!.Pending);
        Assert.Equal(5, v.Entries); // the committed read, or the record of the one that never arrived
        Assert.Equal(v.Entries, v.Anchor.Count);
        await using var again = StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory });
        var entries = await ((IWorkstationStore)again).ReadAuditAsync();
        Assert.Equal(afterCommit ? AuditActions.Read : AuditActions.InterruptedWrite, entries[4].Action);
        if (afterCommit) Assert.Empty(v.Notices);
        else Assert.StartsWith("entry 5 (", Assert.Single(v.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_kill_the_committed_entries_removed_with_their_read_left_are_still_detected()
    {
        var (spec, store) = await StoreAsync();
        await using (store)
        {
            await KillDuringAsync(CrashPoint.AfterCommit, () => store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2"));
            // The attacker uses the window: the committed entry goes, the read stays (to pass it off as never written
            // the read would have to go too — the one change that is lost without trace, docs/security.md).
            await ExecuteAsync(spec, DropGuardsSql + "DELETE FROM audit_log WHERE seq = 5;");
            var v = await VerifyAfresh(spec);
            Assert.Equal(["reads: the read of scan S1 by R2 has no audit entry (added to the table directly)"], v.Problems);
        }
    }

    [Fact]
    public async Task Entries_cut_from_the_end_stay_detected_after_the_store_writes_again()
    {
        var (spec, store) = await StoreAsync();
        await using (store)
        {
            Assert.True((await store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2")).Saved);
            Assert.True((await store.SubmitReadAsync(ReadOf("S2", "R1", 1), "R1")).Saved);
            await ExecuteAsync(spec, DropGuardsSql + "DELETE FROM audit_log WHERE seq >= 5; DELETE FROM reads WHERE reader = 'R2' OR scan_id = 'S2';");
            // The server goes on writing: more valid entries than were cut. The anchor must not follow the cut log.
            foreach (var (scan, reader) in new[] { ("S2", "R2"), ("S3", "R1"), ("S3", "R2") })
                Assert.True((await store.SubmitReadAsync(ReadOf(scan, reader, 1), reader)).Saved);
            var v = await VerifyAfresh(spec);
            Assert.Equal(7, v.Entries);
            Assert.Contains("entry 6 is not the one the anchor records: the log was rewritten", v.Problems);
        }
    }

    [Fact]
    public async Task A_log_rewritten_around_an_interrupted_write_is_detected()
    {
        var (spec, store) = await StoreAsync();
        await using (store)
        {
            await KillDuringAsync(CrashPoint.AfterCommit, () => store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2"));
            // Entry 5 replaced by a different (plainly hashed) entry 5 and 6: longer than the anchor, without its pending write.
            await ExecuteAsync(spec, DropGuardsSql +
                "UPDATE audit_log SET hash = '" + new string('b', 64) + "' WHERE seq = 5;" +
                "INSERT INTO audit_log (seq, at, actor, action, subject, before_state, after_state, previous_hash, hash) " +
                "SELECT 6, at, 'R2', 'login', 'R2', NULL, NULL, hash, '" + new string('c', 64) + "' FROM audit_log WHERE seq = 5;");
            var v = await VerifyAfresh(spec);
            Assert.Contains("the log has 6 entries but not the write of entry 5 that the anchor records as in progress: the log was rewritten", v.Problems);
        }
    }

    private async Task ExecuteAsync(string spec, string sql)
    {
        await using var c = await RawAsync(spec);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteInterruptedWriteTests : InterruptedWriteContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-interrupted-").FullName;

    protected override Task<string> NewStoreSpecAsync() => Task.FromResult(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    protected override Task<DbConnection> RawAsync(string spec) => RawStoreAccess.OpenSqliteAsync(spec);

    protected override string DropGuardsSql => RawStoreAccess.SqliteDropGuardsSql;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>On PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresInterruptedWriteTests(PostgresCluster cluster) : InterruptedWriteContract
{
    protected override Task<string> NewStoreSpecAsync() => cluster.CreateDatabaseAsync();

    protected override Task<DbConnection> RawAsync(string spec) => RawStoreAccess.OpenPostgresAsync(spec);

    protected override string DropGuardsSql => RawStoreAccess.PostgresDropGuardsSql;
}

using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Tests.Postgres;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Tests.Audit;

/// <summary>
/// Concurrency enforced by the database (issue 11, item 3), with real parallel connections: amendments racing a
/// consensus, stale versions, and login attempts racing the lockout. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class ConcurrencyContract
{
    protected string AuditDirectory { get; } = Directory.CreateTempSubdirectory("mibg-audit-").FullName;

    protected abstract Task<string> NewStoreSpecAsync();

    private static Read ReadOf(string scan, string reader, int spine) => new()
    {
        ScanId = scan, Reader = reader, Siopen = new SiopenScore([0, 0, 0, 0, 0, 0, spine, 0, 0, 0, 0, 0]),
    };

    private async Task<IStudyStore> StudyWithTwoReadersAsync()
    {
        var store = StudyStores.Open(await NewStoreSpecAsync(), new StoreOptions { AuditDirectory = AuditDirectory });
        var ws = (IWorkstationStore)store;
        await store.ImportAsync(StudyStoreSample.Study() with { Reads = [] });
        foreach (var n in new[] { "R1", "R2" })
            await ws.AddUserAsync(new WorkstationUser { Name = n, Role = WorkstationRole.Reader, PasswordHash = "h" }, "cli");
        await ws.SetStudyReadersAsync(["R1", "R2"], "admin");
        return store;
    }

    [Fact]
    public async Task A_consensus_based_on_stale_versions_is_refused_and_writes_nothing()
    {
        await using var store = await StudyWithTwoReadersAsync();
        await store.SubmitReadAsync(ReadOf("S1", "R1", 1), "R1");
        Assert.Equal(ReadWriteStatus.AwaitingReads,
            (await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 1), new Dictionary<string, int> { ["R1"] = 1 }, "adj", "x")).Status);
        await store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2", final: false); // a draft is not adjudicated
        var basis = (await store.GetStoredReadsAsync("S1")).ToDictionary(r => r.Read.Reader, r => r.Version);
        var draft = await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 1), basis, "adj", "x");
        Assert.Equal(ReadWriteStatus.AwaitingReads, draft.Status);
        Assert.Equal("scan S1 still waits for the final read of R2", draft.Message);
        Assert.True((await store.AmendReadAsync(ReadOf("S1", "R2", 2), 1, "R2", "recount")).Saved);
        Assert.True((await store.FinaliseReadAsync("S1", "R2", 2, "R2")).Saved); // version 3, final
        var entries = (await ((IWorkstationStore)store).ReadAuditAsync()).Count;
        var stale = await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 2), basis, "adj", "agreed");
        Assert.Equal(ReadWriteStatus.Stale, stale.Status);
        Assert.Equal("the read of R2 is at version 3, not 1: it changed after the consensus was prepared", stale.Message);
        Assert.Equal(ReadWriteStatus.Stale,
            (await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 2), new Dictionary<string, int> { ["R1"] = 1 }, "adj", "x")).Status); // R2 left out
        Assert.DoesNotContain(await store.GetReadsAsync("S1"), r => r.IsConsensus);
        Assert.Equal(entries, (await ((IWorkstationStore)store).ReadAuditAsync()).Count); // refused: no entry either
        // a final read never changes, whatever the version given
        Assert.Equal(ReadWriteStatus.Finalised, (await store.AmendReadAsync(ReadOf("S1", "R2", 4), 3, "R2", "late")).Status);
        Assert.Equal(ReadWriteStatus.Finalised, (await store.FinaliseReadAsync("S1", "R2", 3, "R2")).Status);
        // exact agreement is checked by the store
        Assert.Equal(ReadWriteStatus.Invalid, (await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 1),
            new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 3 }, "system", "agree", ConsensusResolution.ExactAgreement)).Status);
        Assert.Equal(ReadWriteStatus.Invalid, (await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 2),
            new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 3 }, "system", "agree", ConsensusResolution.ExactAgreement)).Status); // R1 has 1, R2 has 2
        Assert.True((await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 2), new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 3 }, "adj", "agreed")).Saved);
        Assert.Equal(new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 3 }, await store.GetConsensusBasisAsync("S1"));
        // After the consensus a reader is refused for their own finalisation, never for the consensus (blinding).
        Assert.Equal(ReadWriteStatus.Finalised, (await store.AmendReadAsync(ReadOf("S1", "R1", 5), 1, "R1", "after")).Status);
        Assert.Equal(ReadWriteStatus.Adjudicated, (await store.SubmitReadAsync(ReadOf("S1", "R3", 5), "R3")).Status);
        Assert.Empty((await ((IWorkstationStore)store).VerifyAuditAsync()).Problems);
    }

    [Fact]
    public async Task Amendments_racing_a_consensus_never_slip_under_it()
    {
        await using var store = await StudyWithTwoReadersAsync();
        var scans = new[] { "S1", "S2", "S3" };
        foreach (var s in scans)
        {
            await store.SubmitReadAsync(ReadOf(s, "R1", 1), "R1", final: false);
            await store.SubmitReadAsync(ReadOf(s, "R2", 1), "R2", final: false);
        }
        // Per scan: 2 readers amend their drafts in a loop (each at the version they last saw) and finalise them
        // part-way, while 2 adjudicators try the consensus at the versions they read; all on separate connections at once.
        var tasks = new List<Task<(string Kind, string Scan, ReadWriteResult R)>>();
        foreach (var s in scans)
        {
            foreach (var reader in new[] { "R1", "R2" })
                tasks.Add(Task.Run(async () =>
                {
                    ReadWriteResult last = null!;
                    for (var i = 0; i < 8; i++)
                    {
                        var mine = (await store.GetStoredReadsAsync(s)).Single(r => r.Read.Reader == reader);
                        last = i == 4
                            ? await store.FinaliseReadAsync(s, reader, mine.Version, reader)
                            : await store.AmendReadAsync(ReadOf(s, reader, (i % 6) + 1), mine.Version, reader, "again");
                        if (last.Status == ReadWriteStatus.Finalised) break;
                    }
                    return ("amend", s, last);
                }));
            for (var a = 0; a < 2; a++)
                tasks.Add(Task.Run(async () =>
                {
                    ReadWriteResult r = null!;
                    for (var i = 0; i < 200; i++)
                    {
                        var basis = (await store.GetStoredReadsAsync(s)).Where(x => !x.Read.IsConsensus).ToDictionary(x => x.Read.Reader, x => x.Version);
                        r = await store.RecordConsensusAsync(ReadOf(s, Read.ConsensusReader, 1), basis, "adj", "agreed");
                        if (r.Status is ReadWriteStatus.Saved or ReadWriteStatus.Adjudicated) break;
                        Assert.True(r.Status is ReadWriteStatus.Stale or ReadWriteStatus.AwaitingReads, r.Message);
                        await Task.Delay(5);
                    }
                    return ("consensus", s, r);
                }));
        }
        var results = await Task.WhenAll(tasks);
        foreach (var s in scans)
        {
            var reads = await store.GetStoredReadsAsync(s);
            var consensus = reads.Where(r => r.Read.IsConsensus).ToArray();
            Assert.True(consensus.Length <= 1);
            if (consensus.Length == 0) continue;
            // The consensus was based on exactly the versions the reads still have: nothing changed under it.
            var basis = await store.GetConsensusBasisAsync(s);
            Assert.Equal(reads.Where(r => !r.Read.IsConsensus).ToDictionary(r => r.Read.Reader, r => r.Version), basis);
        }
        // Readers end on their own finalisation (or a stale version they raced themselves on): never on the consensus.
        Assert.All(results.Where(r => r.Kind == "amend"), r => Assert.True(r.R.Status is ReadWriteStatus.Saved or ReadWriteStatus.Finalised or ReadWriteStatus.Stale, r.R.Message));
        Assert.All(results.Where(r => r.Kind == "consensus"), r => Assert.True(r.R.Status is ReadWriteStatus.Saved or ReadWriteStatus.Adjudicated, r.R.Message));
        var log = await ((IWorkstationStore)store).ReadAuditAsync();
        var all = await store.GetStoredReadsAsync(null);
        Assert.All(all, r => Assert.True(r.Final));
        // every version above 1 is one amendment or the finalisation; every consensus one entry
        Assert.Equal(all.Where(r => !r.Read.IsConsensus).Sum(r => r.Version - 1),
            log.Count(e => e.Action is AuditActions.Amendment or AuditActions.ReadFinalised));
        Assert.Equal(all.Count(r => r.Read.IsConsensus), log.Count(e => e.Action == AuditActions.Consensus));
        Assert.Empty((await ((IWorkstationStore)store).VerifyAuditAsync()).Problems);
    }

    [Fact]
    public async Task Forty_parallel_wrong_passwords_are_counted_so_only_the_allowed_number_is_checked()
    {
        await using var store = await StudyWithTwoReadersAsync();
        var ws = (IWorkstationStore)store;
        const int Max = 5;
        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => ws.BeginLoginAttemptAsync("R1", Max, TimeSpan.FromMinutes(15)))));
        Assert.Equal(Max, attempts.Count(a => a.Allowed));
        Assert.Equal(40 - Max, attempts.Count(a => a.Refusal == LoginRefusal.Locked));
        var r1 = await ws.FindUserAsync("R1");
        Assert.Equal(Max, r1!.FailedLogins);
        Assert.NotNull(r1.LockedUntil);
        await ws.SetDisabledAsync("R2", true, "admin");
        Assert.Equal(LoginRefusal.Disabled, (await ws.BeginLoginAttemptAsync("R2", Max, TimeSpan.FromMinutes(15))).Refusal);
    }
}

/// <summary>On SQLite (writers take turns with BEGIN IMMEDIATE).</summary>
public sealed class SqliteConcurrencyTests : ConcurrencyContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-conc-").FullName;

    protected override Task<string> NewStoreSpecAsync() => Task.FromResult(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>On PostgreSQL (writers take turns with a transaction-scoped advisory lock; READ COMMITTED).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests(PostgresCluster cluster) : ConcurrencyContract
{
    protected override Task<string> NewStoreSpecAsync() => cluster.CreateDatabaseAsync();
}

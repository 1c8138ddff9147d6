using Mibg.Bench.Storage;
using Mibg.Core.Scoring;
using Mibg.Core.Study;

namespace Mibg.Storage.Tests.Postgres;

/// <summary>
/// What every <see cref="IStudyStore"/> must do, run against the embedded SQLite store and the PostgreSQL
/// store (the two subclasses below), so the server store cannot drift from the embedded one.
/// </summary>
public abstract class StudyStoreContract
{
    /// <summary>The spec of a new, empty store (a file path or a connection string).</summary>
    protected abstract Task<string> NewStoreSpecAsync();

    /// <summary>Where the tests keep audit keys and anchors (PostgreSQL stores have no file to sit beside).</summary>
    protected string AuditDirectory { get; } = Directory.CreateTempSubdirectory("mibg-audit-").FullName;

    protected IStudyStore Open(string spec) => StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory });

    protected static Read ReadOf(string scan, string reader, int spine = 1) => new()
    {
        ScanId = scan, Reader = reader, Siopen = new SiopenScore([0, 0, 0, 0, 0, 0, spine, 0, 0, 0, 0, 0]),
    };

    [Fact]
    public async Task Import_then_load_gives_the_same_study_back()
    {
        await using var store = Open(await NewStoreSpecAsync());
        var study = StudyStoreSample.Study();
        Assert.Equal(new StudyCounts(2, 3, 2, 1), await store.ImportAsync(study));
        var back = await store.LoadAsync();
        Assert.Equal(study.Patients.Select(p => p with { Extra = null! }), back.Patients.Select(p => p with { Extra = null! }));
        Assert.Equal("O'Brien; DROP TABLE reads;--", back.Patients[0].Extra["site_note"]);
        Assert.Equal(study.Scans.Select(s => s with { Extra = null! }), back.Scans.Select(s => s with { Extra = null! }));
        Assert.Equal(study.Reads.Select(r => r with { Extra = null! }), back.Reads.Select(r => r with { Extra = null! }));
        Assert.Equal(["spine", "bone_marrow"], back.Events[0].Sites);
        Assert.Equal(["site_note"], back.ExtraColumns["patients"]);
        Assert.Equal(Database.StoreSchema.CurrentVersion, await store.GetSchemaVersionAsync());
    }

    [Fact]
    public async Task A_second_read_by_the_same_reader_and_a_read_of_an_unknown_scan_are_refused()
    {
        await using var store = Open(await NewStoreSpecAsync());
        await store.ImportAsync(StudyStoreSample.Study());
        Assert.Equal(ReadWriteStatus.Saved, (await store.SubmitReadAsync(ReadOf("S2", "R1"), "R1")).Status);
        Assert.Equal(ReadWriteStatus.AlreadyRead, (await store.SubmitReadAsync(ReadOf("S2", "R1", 2), "R1")).Status);
        Assert.Equal(ReadWriteStatus.ScanNotFound, (await store.SubmitReadAsync(ReadOf("S9", "R1"), "R1")).Status);
        Assert.Equal(1, (await store.GetReadsAsync("S2")).Single().Siopen.Total);
        Assert.Equal(3, (await store.GetCountsAsync()).Reads);
    }

    [Fact]
    public async Task A_draft_is_amended_in_place_until_finalised_and_a_final_read_never_changes()
    {
        await using var store = Open(await NewStoreSpecAsync());
        await store.ImportAsync(StudyStoreSample.Study());
        // Imported reads are final.
        Assert.Equal(ReadWriteStatus.Finalised, (await store.AmendReadAsync(ReadOf("S1", "R1", 5), 1, "R1", "misread the spine")).Status);
        Assert.True((await store.SubmitReadAsync(ReadOf("S2", "R1", 6), "R1", final: false)).Saved);
        Assert.True((await store.SubmitReadAsync(ReadOf("S2", "R2", 1), "R2")).Saved);
        var amended = await store.AmendReadAsync(ReadOf("S2", "R1", 5) with { Comment = "amended" }, 1, "R1", "misread the spine");
        Assert.Equal(ReadWriteStatus.Saved, amended.Status);
        Assert.Equal(6, amended.Previous!.Read.Siopen.Total);
        Assert.Equal(2, amended.Read!.Version);
        Assert.False(amended.Read.Final);
        var reads = await store.GetStoredReadsAsync("S2");
        Assert.Equal(["R1", "R2"], reads.Select(r => r.Read.Reader)); // kept its place
        Assert.Equal(5, reads[0].Read.Siopen.Total);
        Assert.Equal([2, 1], reads.Select(r => r.Version));
        Assert.Equal([false, true], reads.Select(r => r.Final));
        Assert.Equal(ReadWriteStatus.Stale, (await store.FinaliseReadAsync("S2", "R1", 1, "R1")).Status);
        var final = await store.FinaliseReadAsync("S2", "R1", 2, "R1");
        Assert.Equal(ReadWriteStatus.Saved, final.Status);
        Assert.Equal((3, true), (final.Read!.Version, final.Read.Final));
        Assert.Equal(5, (await store.GetStoredReadsAsync("S2"))[0].Read.Siopen.Total);
        Assert.Equal(ReadWriteStatus.Finalised, (await store.AmendReadAsync(ReadOf("S2", "R1", 4), 3, "R1", "again")).Status);
        Assert.Equal(ReadWriteStatus.ReadNotFound, (await store.AmendReadAsync(ReadOf("S3", "R1"), 1, "R1", "x")).Status);
        Assert.Equal(ReadWriteStatus.ReadNotFound, (await store.FinaliseReadAsync("S3", "R1", 1, "R1")).Status);
        Assert.Empty((await ((Mibg.Storage.Workstation.IWorkstationStore)store).VerifyAuditAsync()).Problems);
    }

    [Fact]
    public async Task A_synthetic_study_comes_back_byte_identical_as_CSV()
    {
        // The storage layer's own round-trip criterion (StudyFiles.CsvText), on this store.
        var study = SyntheticStudy.Create(40, seed: 7, withExtraColumns: true);
        await using var store = Open(await NewStoreSpecAsync());
        await store.ImportAsync(study);
        Assert.Equal(StudyFiles.CsvText(study), StudyFiles.CsvText(await store.LoadAsync()));
        var second = SyntheticStudy.Create(5, seed: 2);
        await store.ImportAsync(second); // an import replaces the study
        Assert.Equal(StudyFiles.CsvText(second), StudyFiles.CsvText(await store.LoadAsync()));
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_store_exactly_as_it_was()
    {
        await using var store = Open(await NewStoreSpecAsync());
        var first = SyntheticStudy.Create(10, seed: 5);
        await store.ImportAsync(first);
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.Done >= 2000) cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(SyntheticStudy.Create(400, seed: 6), progress, cts.Token));
        Assert.Equal(StudyFiles.CsvText(first), StudyFiles.CsvText(await store.LoadAsync()));
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    [Fact]
    public async Task A_failed_import_leaves_the_previous_study()
    {
        await using var store = Open(await NewStoreSpecAsync());
        await store.ImportAsync(StudyStoreSample.Study());
        var broken = StudyStoreSample.Study() with { Scans = [.. StudyStoreSample.Study().Scans, new Scan { ScanId = "S9", PatientId = "NOBODY", ScanDate = new(2010, 1, 1) }] };
        await Assert.ThrowsAsync<StudyStoreException>(() => store.ImportAsync(broken));
        Assert.Equal(new StudyCounts(2, 3, 2, 1), await store.GetCountsAsync());
    }
}

/// <summary>The store contract on the embedded SQLite store.</summary>
public sealed class SqliteStudyStoreContractTests : StudyStoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-store-").FullName;

    protected override Task<string> NewStoreSpecAsync() => Task.FromResult(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>The store contract on PostgreSQL (a private cluster, a new database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStudyStoreContractTests(PostgresCluster cluster) : StudyStoreContract
{
    protected override Task<string> NewStoreSpecAsync() => cluster.CreateDatabaseAsync();

    [Fact]
    public async Task Concurrent_reads_are_all_kept_once()
    {
        await using var store = Open(await cluster.CreateDatabaseAsync());
        await store.ImportAsync(StudyStoreSample.Study() with { Reads = [] });
        // 10 readers × 3 scans, each read attempted twice at once: 30 kept, 30 refused as duplicates.
        var attempts = Enumerable.Range(0, 10).SelectMany(r => new[] { "S1", "S2", "S3" }.SelectMany(s => new[] { (s, "R" + r), (s, "R" + r) }));
        var outcomes = await Task.WhenAll(attempts.Select(a => Task.Run(async () =>
        {
            var r = await store.SubmitReadAsync(ReadOf(a.Item1, a.Item2), a.Item2);
            Assert.True(r.Status is ReadWriteStatus.Saved or ReadWriteStatus.AlreadyRead, r.Message);
            return r.Saved;
        })));
        Assert.Equal(30, outcomes.Count(o => o));
        Assert.Equal(30, (await store.GetCountsAsync()).Reads);
    }
}

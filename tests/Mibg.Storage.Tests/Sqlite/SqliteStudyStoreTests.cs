using Microsoft.Data.Sqlite;
using Mibg.Bench.Storage;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Database;

namespace Mibg.Storage.Tests.Sqlite;

/// <summary>The embedded SQLite store, on real files.</summary>
public class SqliteStudyStoreTests
{
    [Fact]
    public async Task A_new_store_is_empty_at_the_current_schema_version()
    {
        using var folder = new TempFolder();
        await using var store = StudyStores.Open(folder.File("new.db"));
        Assert.Equal(StoreSchema.CurrentVersion, await store.GetSchemaVersionAsync());
        Assert.Equal(5, StoreSchema.CurrentVersion); // v5: draft and final reads
        Assert.True((await store.GetCountsAsync()).IsEmpty);
    }

    [Fact]
    public async Task Import_then_load_gives_back_the_same_study_with_extra_columns_in_order()
    {
        using var folder = new TempFolder();
        var study = SyntheticStudy.Create(40, seed: 7, withExtraColumns: true);
        var path = folder.File("s.db");
        await using (var store = StudyStores.Open(path))
        {
            var counts = await store.ImportAsync(study);
            Assert.Equal(new StudyCounts(study.Patients.Count, study.Scans.Count, study.Reads.Count, study.Events.Count), counts);
        }
        // reopened from the file
        await using var again = StudyStores.Open(path, createIfMissing: false);
        var loaded = await again.LoadAsync();
        Assert.Equal(StudyFiles.CsvText(study), StudyFiles.CsvText(loaded));
        Assert.Equal(["camera"], loaded.ExtraColumns["scans"]);
        Assert.Equal("GE, \"Infinia\"", loaded.Scans[0].Extra["camera"]);
    }

    [Fact]
    public async Task Import_replaces_the_previous_study()
    {
        using var folder = new TempFolder();
        await using var store = StudyStores.Open(folder.File("s.db"));
        await store.ImportAsync(SyntheticStudy.Create(30, seed: 1));
        var second = SyntheticStudy.Create(5, seed: 2);
        await store.ImportAsync(second);
        Assert.Equal(StudyFiles.CsvText(second), StudyFiles.CsvText(await store.LoadAsync()));
    }

    [Fact]
    public async Task A_rejected_import_leaves_the_store_exactly_as_it_was()
    {
        using var folder = new TempFolder();
        await using var store = StudyStores.Open(folder.File("s.db"));
        var first = SyntheticStudy.Create(10, seed: 3);
        await store.ImportAsync(first);
        // an unvalidated study whose last read names a scan that does not exist: the foreign key fails at the end
        var bad = SyntheticStudy.Create(50, seed: 4);
        bad = bad with { Reads = [.. bad.Reads, bad.Reads[0] with { ScanId = "NO-SUCH-SCAN", Reader = "R9" }] };
        var e = await Assert.ThrowsAsync<StudyStoreException>(() => store.ImportAsync(bad));
        Assert.Contains("validate it first", e.Message, StringComparison.Ordinal);
        Assert.Equal(StudyFiles.CsvText(first), StudyFiles.CsvText(await store.LoadAsync()));
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_store_exactly_as_it_was()
    {
        using var folder = new TempFolder();
        await using var store = StudyStores.Open(folder.File("s.db"));
        var first = SyntheticStudy.Create(10, seed: 5);
        await store.ImportAsync(first);
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.Done >= 2000) cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(SyntheticStudy.Create(400, seed: 6), progress, cts.Token));
        Assert.Equal(StudyFiles.CsvText(first), StudyFiles.CsvText(await store.LoadAsync()));
    }

    [Fact]
    public async Task Progress_counts_up_to_every_row_of_the_study()
    {
        using var folder = new TempFolder();
        await using var store = StudyStores.Open(folder.File("s.db"));
        var study = SyntheticStudy.Create(200, seed: 8);
        var reports = new List<ImportProgress>();
        await store.ImportAsync(study, new SynchronousProgress(reports.Add));
        var total = study.Patients.Count + study.Scans.Count + study.Reads.Count + study.Events.Count;
        Assert.All(reports, r => Assert.Equal(total, r.Total));
        Assert.Equal(total, reports[^1].Done);
        Assert.True(reports.Select(r => r.Done).SequenceEqual(reports.Select(r => r.Done).Order()));
    }

    [Fact]
    public async Task A_second_read_of_a_scan_by_the_same_reader_is_refused_clearly()
    {
        using var folder = new TempFolder();
        await using var store = StudyStores.Open(folder.File("s.db"));
        var study = SyntheticStudy.Create(3, seed: 9);
        study = study with { Reads = [.. study.Reads.Where(r => !(r.ScanId == study.Scans[1].ScanId && r.IsConsensus))] }; // scan 2 not adjudicated yet
        await store.ImportAsync(study);
        var scan = study.Scans[0].ScanId;
        var read = new Read { ScanId = scan, Reader = "R3", Siopen = new SiopenScore([1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]), Comment = "third reader" };
        // the synthetic study's first scan is adjudicated: a late read is refused, as is a second read by R1
        Assert.Equal(ReadWriteStatus.Adjudicated, (await store.SubmitReadAsync(read, "R3")).Status);
        var open = study.Scans[1].ScanId;
        Assert.Equal(ReadWriteStatus.Saved, (await store.SubmitReadAsync(read with { ScanId = open }, "R3")).Status);
        var reads = await store.GetReadsAsync(open);
        Assert.Equal("R3", reads[^1].Reader);
        Assert.Equal(3, reads[^1].Siopen.Total);

        var again = await store.SubmitReadAsync(read with { ScanId = open, Comment = "again" }, "R3");
        Assert.Equal(ReadWriteStatus.AlreadyRead, again.Status);
        Assert.Equal($"scan {open} already has a read by R3", again.Message);
        Assert.Equal(reads.Count, (await store.GetReadsAsync(open)).Count);
        Assert.Equal(ReadWriteStatus.ScanNotFound, (await store.SubmitReadAsync(read with { ScanId = "NOPE" }, "R3")).Status);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_clearly()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.db");
        File.WriteAllText(path, "these are my notes, not a database, but long enough to look like a file header......");
        var e = Assert.Throws<StudyStoreException>(() => StudyStores.Open(path));
        Assert.Contains("is not an mibg store", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_SQLite_database_is_refused_clearly()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices (id INTEGER)";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StudyStoreException>(() => StudyStores.Open(path));
        Assert.Contains("not an mibg store", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_from_a_newer_mibg_is_refused_clearly()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.db");
        await (await Task.FromResult(StudyStores.Open(path))).DisposeAsync();
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01')";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StudyStoreException>(() => StudyStores.Open(path));
        Assert.Contains("schema version 99, newer than this mibg understands (5)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_store_without_creating_it_is_refused()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<StudyStoreException>(() => StudyStores.Open(folder.File("none.db"), createIfMissing: false));
        Assert.Contains("no store at", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("none.db")));
    }

    [Fact]
    public void A_PostgreSQL_connection_string_is_recognised_and_an_unreachable_server_answered_clearly()
    {
        Assert.True(StudyStores.IsPostgreSql("Host=localhost;Database=mibg"));
        Assert.False(StudyStores.IsPostgreSql("study/mibg.db"));
        // (web branch) The PostgreSQL store exists now: an unreachable server is answered clearly.
        var e = Assert.Throws<StudyStoreException>(() => StudyStores.Open("Host=127.0.0.1;Port=1;Database=mibg;Timeout=3"));
        Assert.Contains("cannot open PostgreSQL store 127.0.0.1:1/mibg", e.Message, StringComparison.Ordinal);
    }

    /// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

using System.Diagnostics;
using System.Net;
using Mibg.Storage;
using Mibg.Storage.Tests.Postgres;
using Mibg.Storage.Workstation;
using Mibg.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Mibg.Web.Tests.Concurrency;

/// <summary>
/// 20 readers submit 1,000 reads at once through the HTTP API, each opening its worklist before each read and
/// replaying some of its requests: every
/// read is kept exactly once with its own scores, every replay is refused, and the audit chain stays whole —
/// on the embedded SQLite store and on PostgreSQL. Throughput and latency are printed (bench/web/README.md), not asserted.
/// </summary>
public abstract class ParallelReadersContract(ITestOutputHelper output)
{
    private const int Readers = 20;
    private const int ScansPerReader = 50; // 20 × 50 = 1,000 reads
    private const int ReplayEvery = 10;    // every 10th submission is sent twice

    protected abstract Task<string?> PostgresConnectionStringAsync();

    protected abstract string StoreName { get; }

    /// <summary>p50, p95, p99 and maximum of a set of latencies, for the bench line.</summary>
    private static string Percentiles(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        double P(double q) => v[Math.Min(v.Length - 1, (int)Math.Ceiling(q * v.Length) - 1)];
        return $"p50 {P(0.50):F0} · p95 {P(0.95):F0} · p99 {P(0.99):F0} · max {v[^1]:F0}";
    }

    /// <summary>The scores of reader r on scan s: deterministic, so the stored values can be checked.</summary>
    private static int[] ScoresOf(int r, int s) => Enumerable.Range(0, 12).Select(i => (r * 7 + s * 3 + i) % 7).ToArray();

    [Fact]
    public async Task Twenty_readers_submitting_1000_reads_at_once_lose_nothing_and_double_count_nothing()
    {
        var readerNames = Enumerable.Range(1, Readers).Select(i => $"P{i:D2}").ToArray();
        var study = DemoStudy.Create(extraScans: ScansPerReader);
        var scans = study.Scans.Where(s => s.ScanId.StartsWith('X')).Select(s => s.ScanId).ToArray();
        await using var server = await WorkstationServer.StartAsync(await PostgresConnectionStringAsync(), study,
            readerNames.Select(n => (n, WorkstationRole.Reader)));
        var clients = await Task.WhenAll(readerNames.Select(server.SignedInAsync));

        // Each reader works as at the workstation: opens their worklist, then submits the read (every 10th twice).
        var worklistMs = new System.Collections.Concurrent.ConcurrentBag<double>();
        var submitMs = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(clients.Select((client, r) => Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            for (var s = 0; s < scans.Length; s++)
            {
                var start = Stopwatch.GetTimestamp();
                using (var worklist = await client.GetAsync("/api/worklist"))
                {
                    Assert.Equal(HttpStatusCode.OK, worklist.StatusCode);
                    await worklist.Content.ReadAsByteArrayAsync();
                }
                worklistMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var body = WorkstationServer.ReadJson(ScoresOf(r, s), comment: $"{readerNames[r]} on {scans[s]}");
                var times = s % ReplayEvery == 0 ? 2 : 1;
                for (var t = 0; t < times; t++)
                {
                    start = Stopwatch.GetTimestamp();
                    statuses.Add((await client.PostAsync(server.Api(readerNames[r], scans[s]), WorkstationServer.Json(body))).StatusCode);
                    submitMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
            return statuses;
        })));
        clock.Stop();
        var all = outcomes.SelectMany(o => o).ToArray();
        var requests = all.Length + worklistMs.Count;
        output.WriteLine($"{StoreName}: {requests} requests ({worklistMs.Count} worklists, {Readers * ScansPerReader} reads, {all.Length - Readers * ScansPerReader} replays) from {Readers} readers in {clock.Elapsed.TotalSeconds:F2} s = {requests / clock.Elapsed.TotalSeconds:F0} requests/s");
        output.WriteLine($"{StoreName}: latency ms  GET /api/worklist {Percentiles(worklistMs)}  POST reads {Percentiles(submitMs)}");

        Assert.Equal(Readers * ScansPerReader, all.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Readers * (ScansPerReader / ReplayEvery), all.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(all.Length, all.Count(s => s is HttpStatusCode.Created or HttpStatusCode.Conflict));

        await using var store = server.OpenStore();
        var reads = (await store.LoadAsync()).Reads;
        Assert.Equal(Readers * ScansPerReader, reads.Count);
        Assert.Equal(reads.Count, reads.Select(x => (x.ScanId, x.Reader)).Distinct().Count());
        for (var r = 0; r < Readers; r++)
            for (var s = 0; s < scans.Length; s++)
            {
                var read = reads.Single(x => x.Reader == readerNames[r] && x.ScanId == scans[s]);
                Assert.Equal(ScoresOf(r, s), read.Siopen.Values);
                Assert.Equal($"{readerNames[r]} on {scans[s]}", read.Comment);
            }
        await using var ws = await server.OpenWorkstationAsync();
        var audit = await ws.ReadAuditAsync();
        Assert.Equal(Readers * ScansPerReader, audit.Count(e => e.Action == AuditActions.Read));
        Assert.Empty((await ws.VerifyAuditAsync()).Problems);
    }
}

/// <summary>On the embedded SQLite store.</summary>
public sealed class SqliteParallelReadersTests(ITestOutputHelper output) : ParallelReadersContract(output)
{
    protected override Task<string?> PostgresConnectionStringAsync() => Task.FromResult<string?>(null);
    protected override string StoreName => "SQLite";
}

/// <summary>On PostgreSQL (a private cluster).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresParallelReadersTests(PostgresCluster cluster, ITestOutputHelper output) : ParallelReadersContract(output)
{
    protected override async Task<string?> PostgresConnectionStringAsync() => await cluster.CreateDatabaseAsync();
    protected override string StoreName => "PostgreSQL";
}

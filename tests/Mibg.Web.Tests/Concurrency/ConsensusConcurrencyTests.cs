using System.Net;
using System.Text.Json;
using Mibg.Storage;
using Mibg.Storage.Tests.Postgres;
using Mibg.Storage.Workstation;
using Mibg.Web.Reading;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Concurrency;

/// <summary>
/// Issue 11 item 3 over HTTP, on SQLite and PostgreSQL: a consensus names the versions of the reads it was made from
/// (<c>based_on</c>) and is refused when any changed; no read changes once a consensus exists — also when the
/// amendment and the consensus arrive at the same moment (the database decides, not the web's memory).
/// </summary>
public abstract class ConsensusConcurrencyContract : IAsyncLifetime
{
    private const int RaceScans = 20;
    private static readonly int[] A = [0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0];
    private static readonly int[] B = [0, 2, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0];
    private static readonly int[] C = [1, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0];
    private WorkstationServer _server = null!;
    private HttpClient _r1 = null!, _r2 = null!, _adj = null!;

    protected abstract Task<string?> PostgresAsync();

    public async Task InitializeAsync()
    {
        _server = await WorkstationServer.StartAsync(await PostgresAsync(), DemoStudy.Create(extraScans: RaceScans));
        (_r1, _r2, _adj) = (await _server.SignedInAsync("R1"), await _server.SignedInAsync("R2"), await _server.SignedInAsync("adj"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<JsonElement> JsonOf(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private Task<HttpResponseMessage> Submit(HttpClient c, string reader, string scan, int[] scores) =>
        c.PostAsync(_server.Api(reader, scan), WorkstationServer.Json(WorkstationServer.ReadJson(scores)));

    private Task<HttpResponseMessage> Amend(string scan, int[] scores, int? version = null) =>
        _r1.PutAsync(_server.Api("R1", scan), WorkstationServer.Json(WorkstationServer.ReadJson(scores, reason: "second look", version: version)));

    private Task<HttpResponseMessage> Consensus(string scan, IReadOnlyDictionary<string, int> basedOn) =>
        _adj.PostAsync(_server.Api("adj", scan, "consensus"), WorkstationServer.Json(WorkstationServer.ReadJson(A, reason: "adjudicated", basedOn: basedOn)));

    [Fact]
    public async Task A_consensus_based_on_a_read_that_changed_since_is_refused_and_stores_nothing()
    {
        await Submit(_r1, "R1", "S1", A);
        await Submit(_r2, "R2", "S1", B);
        // The adjudicator loads the reads: both at version 1.
        var shown = await JsonOf(await _adj.GetAsync(_server.Api("adj", "S1")));
        var basis = shown.EnumerateArray().ToDictionary(r => r.GetProperty("reader").GetString()!, r => r.GetProperty("version").GetInt32());
        Assert.Equal(WorkstationServer.FirstReads, basis);
        // Meanwhile R1 amends: version 2.
        var amended = await Amend("S1", C);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(2, (await JsonOf(amended)).GetProperty("version").GetInt32());
        // The consensus prepared on version 1 is refused, naming the changed read.
        var stale = await Consensus("S1", basis);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("R1", (await JsonOf(stale)).GetProperty("error").GetString());
        // So is one that leaves a reader out.
        Assert.Equal(HttpStatusCode.Conflict, (await Consensus("S1", new Dictionary<string, int> { ["R1"] = 2 })).StatusCode);
        await using (var store = _server.OpenStore())
            Assert.DoesNotContain(await store.GetReadsAsync("S1"), r => r.IsConsensus);
        // Reloaded, on the reads as they are now: accepted, and the basis is kept.
        Assert.Equal(HttpStatusCode.Created, (await Consensus("S1", new Dictionary<string, int> { ["R1"] = 2, ["R2"] = 1 })).StatusCode);
        await using (var store = _server.OpenStore())
            Assert.Equal(new Dictionary<string, int> { ["R1"] = 2, ["R2"] = 1 }, await store.GetConsensusBasisAsync("S1"));
    }

    [Fact]
    public async Task After_the_consensus_no_amendment_gets_through_and_the_reader_is_not_told_why()
    {
        await Submit(_r1, "R1", "S2", A);
        await Submit(_r2, "R2", "S2", B);
        Assert.Equal(HttpStatusCode.Created, (await Consensus("S2", WorkstationServer.FirstReads)).StatusCode);
        var late = await Amend("S2", C);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(ReadingRoom.ReadClosed, (await JsonOf(late)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Amend("S2", C, version: 1)).StatusCode);
        await using var store = _server.OpenStore();
        Assert.Equal(A, (await store.GetReadsAsync("S2")).Single(r => r.Reader == "R1").Siopen.Values);
        var audit = await ((IWorkstationStore)store).ReadAuditAsync();
        Assert.DoesNotContain(audit, e => e.Action == AuditActions.Amendment && e.Subject == "S2");
    }

    [Fact]
    public async Task An_amendment_of_a_version_that_is_no_longer_current_is_refused()
    {
        await Submit(_r1, "R1", "S3", A);
        Assert.Equal(HttpStatusCode.OK, (await Amend("S3", B, version: 1)).StatusCode);
        var second = await Amend("S3", C, version: 1); // a second tab still showing version 1
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("changed since you loaded it", (await JsonOf(second)).GetProperty("error").GetString());
        await using var store = _server.OpenStore();
        Assert.Equal(B, (await store.GetReadsAsync("S3")).Single().Siopen.Values);
    }

    [Fact]
    public async Task An_amendment_and_a_consensus_sent_at_the_same_moment_never_both_succeed()
    {
        var scans = Enumerable.Range(1, RaceScans).Select(i => $"X{i:D3}").ToArray();
        foreach (var s in scans)
        {
            await Submit(_r1, "R1", s, A);
            await Submit(_r2, "R2", s, B);
        }
        // For each scan, R1's amendment and the adjudicator's consensus (made on version 1) leave together.
        var outcomes = await Task.WhenAll(scans.Select(async s =>
        {
            var amend = Amend(s, C);
            var consensus = Consensus(s, WorkstationServer.FirstReads);
            return (Scan: s, Amend: (await amend).StatusCode, Consensus: (await consensus).StatusCode);
        }));
        await using var store = _server.OpenStore();
        foreach (var (scan, amend, consensus) in outcomes)
        {
            // Exactly one wins: the consensus (then the amendment is refused) or the amendment (then the consensus is stale).
            Assert.True((amend, consensus) is (HttpStatusCode.Conflict, HttpStatusCode.Created) or (HttpStatusCode.OK, HttpStatusCode.Conflict),
                $"{scan}: amendment {(int)amend}, consensus {(int)consensus}");
            var reads = await store.GetStoredReadsAsync(scan);
            var basis = await store.GetConsensusBasisAsync(scan);
            if (consensus == HttpStatusCode.Created)
                foreach (var (reader, version) in basis)
                    Assert.Equal(version, reads.Single(r => r.Read.Reader == reader).Version); // no read changed under the consensus
            else
                Assert.Empty(basis);
        }
        Assert.Empty((await ((IWorkstationStore)store).VerifyAuditAsync()).Problems);
    }
}

/// <summary>On the embedded SQLite store.</summary>
public sealed class SqliteConsensusConcurrencyTests : ConsensusConcurrencyContract
{
    protected override Task<string?> PostgresAsync() => Task.FromResult<string?>(null);
}

/// <summary>On PostgreSQL (a private cluster).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConsensusConcurrencyTests(PostgresCluster cluster) : ConsensusConcurrencyContract
{
    protected override async Task<string?> PostgresAsync() => await cluster.CreateDatabaseAsync();
}

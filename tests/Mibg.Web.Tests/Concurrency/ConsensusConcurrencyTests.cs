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

    private Task<HttpResponseMessage> Submit(HttpClient c, string reader, string scan, int[] scores, bool final = true) =>
        c.PostAsync(_server.Api(reader, scan), WorkstationServer.Json(WorkstationServer.ReadJson(scores, final: final)));

    private Task<HttpResponseMessage> Amend(string scan, int[] scores, int? version = null) =>
        _r1.PutAsync(_server.Api("R1", scan), WorkstationServer.Json(WorkstationServer.ReadJson(scores, reason: "second look", version: version)));

    private Task<HttpResponseMessage> Finalise(string scan, int version) =>
        _r1.PostAsync(_server.Api("R1", scan, "reads/final"), WorkstationServer.Json($"{{\"version\": {version}}}"));

    private Task<HttpResponseMessage> Consensus(string scan, IReadOnlyDictionary<string, int> basedOn) =>
        _adj.PostAsync(_server.Api("adj", scan, "consensus"), WorkstationServer.Json(WorkstationServer.ReadJson(A, reason: "adjudicated", basedOn: basedOn)));

    [Fact]
    public async Task A_consensus_on_a_draft_or_on_versions_that_are_not_the_final_ones_is_refused_and_stores_nothing()
    {
        await Submit(_r1, "R1", "S1", A, final: false);
        await Submit(_r2, "R2", "S1", B);
        // A draft is not adjudicated: the adjudicator is still waiting for R1, and cannot see the draft.
        var waiting = await _adj.GetAsync(_server.Api("adj", "S1"));
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("waiting for the read of R1", (await JsonOf(waiting)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Consensus("S1", WorkstationServer.FirstReads)).StatusCode);
        // R1 amends the draft (version 2) and finalises it (version 3).
        var amended = await Amend("S1", C);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(2, (await JsonOf(amended)).GetProperty("version").GetInt32());
        Assert.False((await JsonOf(amended)).GetProperty("final").GetBoolean());
        var final = await Finalise("S1", 2);
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        Assert.Equal(3, (await JsonOf(final)).GetProperty("version").GetInt32());
        // A consensus on version 1 (a stale page) is refused, naming the changed read; so is one leaving a reader out.
        var stale = await Consensus("S1", WorkstationServer.FirstReads);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("R1", (await JsonOf(stale)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Consensus("S1", new Dictionary<string, int> { ["R1"] = 3 })).StatusCode);
        await using (var store = _server.OpenStore())
            Assert.DoesNotContain(await store.GetReadsAsync("S1"), r => r.IsConsensus);
        // On the reads as the adjudicator sees them now: accepted, and the basis is kept.
        var shown = await JsonOf(await _adj.GetAsync(_server.Api("adj", "S1")));
        var basis = shown.EnumerateArray().ToDictionary(r => r.GetProperty("reader").GetString()!, r => r.GetProperty("version").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["R1"] = 3, ["R2"] = 1 }, basis);
        Assert.Equal(HttpStatusCode.Created, (await Consensus("S1", basis)).StatusCode);
        await using (var store = _server.OpenStore())
            Assert.Equal(basis, await store.GetConsensusBasisAsync("S1"));
    }

    [Fact]
    public async Task A_refused_amendment_tells_the_reader_nothing_about_the_other_reader_or_the_adjudicator()
    {
        // Blinding (docs/security.md): R1's final read of S2 is refused an amendment in exactly the same words and
        // status (a) before R2 has read, (b) after R2 read, (c) after the consensus. What decides is R1's own act.
        await Submit(_r1, "R1", "S2", A);
        async Task<(HttpStatusCode, string)> Refusal(int? version)
        {
            var r = await Amend("S2", C, version);
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        }
        var before = await Refusal(null);
        var beforeAtVersion = await Refusal(1);
        await Submit(_r2, "R2", "S2", B);
        var afterOtherRead = await Refusal(null);
        Assert.Equal(HttpStatusCode.Created, (await Consensus("S2", WorkstationServer.FirstReads)).StatusCode);
        var afterConsensus = await Refusal(null);
        var afterConsensusAtVersion = await Refusal(1);
        Assert.Equal(HttpStatusCode.Conflict, before.Item1);
        Assert.Equal(ReadingRoom.ReadClosed, JsonDocument.Parse(before.Item2).RootElement.GetProperty("error").GetString());
        Assert.Equal(before, afterOtherRead);
        Assert.Equal(before, afterConsensus);
        Assert.Equal(beforeAtVersion, afterConsensusAtVersion);
        Assert.Equal(before, beforeAtVersion);
        // And the reader's own view of the scan does not change either: their read, final, nothing else.
        var mine = await JsonOf(await _r1.GetAsync(_server.Api("R1", "S2")));
        Assert.Equal(["R1"], mine.EnumerateArray().Select(r => r.GetProperty("reader").GetString()));
        var worklist = await JsonOf(await _r1.GetAsync("/api/worklist"));
        Assert.Equal("submitted", worklist.EnumerateArray().Single(i => i.GetProperty("scan_id").GetString() == _server.Code("R1", "S2")).GetProperty("status").GetString());
        await using var store = _server.OpenStore();
        Assert.Equal(A, (await store.GetReadsAsync("S2")).Single(r => r.Reader == "R1").Siopen.Values);
        var audit = await ((IWorkstationStore)store).ReadAuditAsync();
        Assert.DoesNotContain(audit, e => e.Action == AuditActions.Amendment && e.Subject == "S2");
    }

    [Fact]
    public async Task An_amendment_of_a_version_that_is_no_longer_current_is_refused()
    {
        await Submit(_r1, "R1", "S3", A, final: false);
        Assert.Equal(HttpStatusCode.OK, (await Amend("S3", B, version: 1)).StatusCode);
        var second = await Amend("S3", C, version: 1); // a second tab still showing version 1
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("changed since you loaded it", (await JsonOf(second)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Finalise("S3", 1)).StatusCode); // so is finalising it
        await using var store = _server.OpenStore();
        Assert.Equal(B, (await store.GetReadsAsync("S3")).Single().Siopen.Values);
    }

    [Fact]
    public async Task Amendments_finalisations_and_consensus_sent_at_the_same_moment_never_put_a_consensus_on_a_changing_read()
    {
        var scans = Enumerable.Range(1, RaceScans).Select(i => $"X{i:D3}").ToArray();
        foreach (var s in scans)
        {
            await Submit(_r1, "R1", s, A, final: false);
            await Submit(_r2, "R2", s, B);
        }
        // For each scan, R1's amendment of the draft, R1's finalisation of version 1 and the adjudicator's consensus
        // on version 1 leave together.
        var outcomes = await Task.WhenAll(scans.Select(async s =>
        {
            var amend = Amend(s, C, version: 1);
            var finalise = Finalise(s, 1);
            var consensus = Consensus(s, WorkstationServer.FirstReads);
            return (Scan: s, Amend: (await amend).StatusCode, Finalise: (await finalise).StatusCode, Consensus: (await consensus).StatusCode);
        }));
        await using var store = _server.OpenStore();
        foreach (var (scan, amend, finalise, consensus) in outcomes)
        {
            // Amendment and finalisation of version 1: exactly one wins. A consensus on version 1 names a draft (or,
            // once finalised, a version that moved to 2): always refused.
            Assert.True((amend, finalise) is (HttpStatusCode.OK, HttpStatusCode.Conflict) or (HttpStatusCode.Conflict, HttpStatusCode.OK),
                $"{scan}: amendment {(int)amend}, finalisation {(int)finalise}");
            Assert.Equal(HttpStatusCode.Conflict, consensus);
            Assert.Empty(await store.GetConsensusBasisAsync(scan));
            var r1 = (await store.GetStoredReadsAsync(scan)).Single(r => r.Read.Reader == "R1");
            Assert.Equal(finalise == HttpStatusCode.OK, r1.Final);
            Assert.Equal(2, r1.Version);
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

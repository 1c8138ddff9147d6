using System.Net;
using System.Text.Json;
using Mibg.Storage;
using Mibg.Storage.Workstation;
using Mibg.Web.Reading;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Api;

/// <summary>The plan's <c>reading</c> section (<c>mibg serve --plan FILE</c>): time points shown, automatic consensus.</summary>
public sealed class ReadingPlanTests : IAsyncLifetime
{
    private WorkstationServer _server = null!;
    private string _plan = null!;

    public async Task InitializeAsync()
    {
        _plan = Path.GetTempFileName();
        await File.WriteAllTextAsync(_plan, "{\"reading\": {\"show_timepoint_to_readers\": true, \"auto_consensus_when_readers_agree\": true}}");
        _server = await WorkstationServer.StartAsync(planFile: _plan);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_plan);
    }

    [Fact]
    public async Task Time_points_are_shown_when_the_plan_says_so_but_never_progression()
    {
        var r1 = await _server.SignedInAsync("R1");
        var worklist = JsonDocument.Parse(await r1.GetStringAsync("/api/worklist")).RootElement.EnumerateArray()
            .ToDictionary(i => i.GetProperty("scan_id").GetString()!, i => i.GetProperty("timepoint").GetString());
        Assert.Equal("diagnosis", worklist[_server.Code("R1", "S1")]);
        Assert.Equal("post_hdc", worklist[_server.Code("R1", "S2")]);
        // S4 lies 18 days before P2's progression (time point progression): shown as follow_up.
        Assert.Equal("follow_up", worklist[_server.Code("R1", "S4")]);
        Assert.DoesNotContain("progression", worklist.Values);
    }

    [Fact]
    public async Task Identical_reads_get_their_consensus_automatically_audited_as_the_system_and_different_ones_do_not()
    {
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        int[] same = [0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0], other = [0, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0];
        foreach (var (client, reader, scores) in new[] { (r1, "R1", same), (r2, "R2", same) })
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(_server.Api(reader, "S1"), WorkstationServer.Json(WorkstationServer.ReadJson(scores)))).StatusCode);
        foreach (var (client, reader, scores) in new[] { (r1, "R1", same), (r2, "R2", other) })
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(_server.Api(reader, "S2"), WorkstationServer.Json(WorkstationServer.ReadJson(scores)))).StatusCode);
        await using var store = _server.OpenStore();
        var consensus = (await store.GetReadsAsync("S1")).Single(r => r.IsConsensus);
        Assert.Equal(same, consensus.Siopen.Values);
        Assert.Equal(WorkstationServer.FirstReads, await store.GetConsensusBasisAsync("S1"));
        Assert.DoesNotContain(await store.GetReadsAsync("S2"), r => r.IsConsensus); // they differ: left to the adjudicator
        var entry = (await ((IWorkstationStore)store).ReadAuditAsync()).Single(e => e.Action == AuditActions.Consensus);
        Assert.Equal(ReadingRoom.SystemActor, entry.Actor);
        Assert.Contains("exact_agreement", entry.After);
        Assert.Contains("auto_consensus_when_readers_agree", entry.After);
    }
}

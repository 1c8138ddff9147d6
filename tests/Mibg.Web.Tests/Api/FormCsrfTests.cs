using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mibg.Storage;
using Mibg.Storage.Workstation;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Api;

/// <summary>Page forms are protected by antiforgery tokens: a post without the page's token changes nothing.</summary>
public sealed partial class FormCsrfTests : IAsyncLifetime
{
    private WorkstationServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkstationServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static async Task<string> TokenOf(HttpClient c, string path) =>
        TokenPattern().Match(await c.GetStringAsync(path)).Groups[1].Value;

    private static FormUrlEncodedContent Form(params (string, string)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    private static (string, string)[] Scores(params int[] v) =>
        Mibg.Core.Scoring.SiopenSegments.All.Select((s, i) => (s.Column, v[i].ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    [Fact]
    public async Task A_scoring_form_without_the_token_is_refused_and_with_it_is_stored()
    {
        var r1 = await _server.SignedInAsync("R1");
        var s1 = _server.Code("R1", "S1");
        var forged = await r1.PostAsync($"/score/{s1}?handler=Submit", Form(Scores(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using (var store = _server.OpenStore())
            Assert.Empty(await store.GetReadsAsync("S1"));

        var token = await TokenOf(r1, $"/score/{s1}");
        var real = await r1.PostAsync($"/score/{s1}?handler=Submit", Form([.. Scores(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ("comment", "by form"), ("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        // On to the next scan to read in R1's own order (the first of the worklist still to read).
        var next = (await r1.GetFromJsonAsync<JsonElement>("/api/worklist")).EnumerateArray().First(i => i.GetProperty("status").GetString() == "to_read").GetProperty("scan_id").GetString();
        Assert.Equal($"/score/{next}?done={s1}", real.Headers.Location!.OriginalString);
        await using (var store = _server.OpenStore())
            Assert.Equal("by form", Assert.Single(await store.GetReadsAsync("S1")).Comment);
    }

    [Fact]
    public async Task A_form_with_a_bad_score_shows_the_problem_and_keeps_what_was_typed()
    {
        var r1 = await _server.SignedInAsync("R1");
        var s2 = _server.Code("R1", "S2");
        var token = await TokenOf(r1, $"/score/{s2}");
        var response = await r1.PostAsync($"/score/{s2}?handler=Submit", Form([.. Scores(0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("siopen.thoracic_cage: 9 is outside 0..6", html);
        Assert.Contains("name=\"siopen_thoracic_cage\" value=\"9\"", html);
    }

    [Fact]
    public async Task An_amendment_by_form_needs_a_reason()
    {
        var r1 = await _server.SignedInAsync("R1");
        var s3 = _server.Code("R1", "S3");
        await r1.PostAsync($"/api/scans/{s3}/reads", WorkstationServer.Json(WorkstationServer.ReadJson([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], final: false)));
        var page = await r1.GetStringAsync($"/score/{s3}");
        Assert.Contains("Your read is a draft: it is not adjudicated until you finalise it.", page);
        Assert.Contains("disabled=\"disabled\"", page);
        var token = await TokenOf(r1, $"/score/{s3}?amend=1");
        var noReason = await r1.PostAsync($"/score/{s3}?handler=Amend", Form([.. Scores(0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason: missing", await noReason.Content.ReadAsStringAsync());
        var ok = await r1.PostAsync($"/score/{s3}?handler=Amend", Form([.. Scores(0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ("reason", "second look"), ("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Amendment saved.", await ok.Content.ReadAsStringAsync());
        await using (var ws = await _server.OpenWorkstationAsync())
            Assert.Contains(await ws.ReadAuditAsync(), e => e.Action == AuditActions.Amendment && e.After!.Contains("second look", StringComparison.Ordinal));
        // Finalised by form: the page then says it is final, offers no amendment, and an amendment is refused.
        var finaliseToken = await TokenOf(r1, $"/score/{s3}");
        var final = await r1.PostAsync($"/score/{s3}?handler=Finalise", Form([("version", "2"), ("__RequestVerificationToken", finaliseToken)]));
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        var finalPage = await final.Content.ReadAsStringAsync();
        Assert.Contains("Read finalised", finalPage);
        Assert.DoesNotContain("amend-link", finalPage);
        var late = await r1.PostAsync($"/score/{s3}?handler=Amend", Form([.. Scores(0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ("reason", "third look"), ("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("you finalised this read", await late.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_admin_assigns_readers_through_the_form()
    {
        var admin = await _server.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/assignments", Form(("scanId", "S1"), ("readers", "R2")))).StatusCode);
        var token = await TokenOf(admin, "/assignments");
        var bad = await admin.PostAsync("/assignments", Form(("scanId", "S1"), ("readers", "R2, Rx"), ("__RequestVerificationToken", token)));
        Assert.Contains("readers: Rx is not a reader account", await bad.Content.ReadAsStringAsync());
        var ok = await admin.PostAsync("/assignments", Form(("scanId", "S1"), ("readers", "R2"), ("__RequestVerificationToken", token)));
        Assert.Contains("Scan S1: R2.", await ok.Content.ReadAsStringAsync());
        var r1 = await _server.SignedInAsync("R1");
        Assert.DoesNotContain(_server.Code("R1", "S1"), await r1.GetStringAsync("/api/worklist"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mibg.Storage;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Api;

/// <summary>
/// Reads, blinding, adjudication, amendment and hostile input through the JSON API, each on a fresh server —
/// on the embedded SQLite store (<see cref="ReadApiTests"/>) and on PostgreSQL (<see cref="PostgresReadApiTests"/>).
/// </summary>
public abstract class ReadApiContract : IAsyncLifetime
{
    private WorkstationServer _server = null!;

    /// <summary>A PostgreSQL connection string for the server's store; null = a new SQLite file.</summary>
    protected abstract Task<string?> PostgresAsync();
    private static readonly int[] ScoresA = [0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0]; // total 6
    private static readonly int[] ScoresB = [0, 2, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0]; // total 5; spine and left proximal lower limb differ

    public async Task InitializeAsync() => _server = await WorkstationServer.StartAsync(await PostgresAsync());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<JsonElement> JsonOf(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static Task<HttpResponseMessage> Post(HttpClient c, string path, string json) => c.PostAsync(path, WorkstationServer.Json(json));

    [Fact]
    public async Task Login_answers_200_or_401_and_locks_after_five_failures()
    {
        var c = _server.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await c.PostAsJsonAsync("/api/login", new { username = "R1", password = WorkstationServer.Password })).StatusCode);
        var unknown = await c.PostAsJsonAsync("/api/login", new { username = "nobody", password = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(LoginService.WrongCredentials, (await JsonOf(unknown)).GetProperty("error").GetString());
        for (var i = 0; i < LoginService.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await c.PostAsJsonAsync("/api/login", new { username = "R2", password = "wrong" })).StatusCode);
        // Now even the right password is refused, in the words used for an unknown account (existence not confirmed).
        var locked = await c.PostAsJsonAsync("/api/login", new { username = "R2", password = WorkstationServer.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(LoginService.WrongCredentials, (await JsonOf(locked)).GetProperty("error").GetString());
        var lockedUnknown = await c.PostAsJsonAsync("/api/login", new { username = "R2x", password = WorkstationServer.Password });
        Assert.Equal(await lockedUnknown.Content.ReadAsStringAsync(), await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(c, "/api/login", "{\"username\": 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(c, "/api/login", "{not json")).StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonp")]
    [InlineData(null)]
    public async Task Login_takes_only_a_JSON_body_so_another_site_cannot_sign_a_browser_in(string? contentType)
    {
        // What a cross-site form or fetch without a preflight can send: a JSON-looking body under a simple content type.
        var c = _server.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/login")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { username = "R1", password = WorkstationServer.Password })),
        };
        request.Content.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var response = await c.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(v => v.StartsWith(WorkstationHost.SessionCookie, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_session_cookie_is_HttpOnly_and_SameSite_Strict_and_pages_carry_the_security_headers()
    {
        var c = _server.Anonymous();
        var r = await c.PostAsJsonAsync("/api/login", new { username = "R1", password = WorkstationServer.Password });
        var cookie = r.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith(WorkstationHost.SessionCookie, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await c.GetAsync("/login");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync()); // no inline script
    }

    [Fact]
    public async Task A_reader_submits_once_and_a_replayed_request_is_refused()
    {
        var r1 = await _server.SignedInAsync("R1");
        var s1 = _server.Code("R1", "S1");
        var created = await Post(r1, $"/api/scans/{s1}/reads", WorkstationServer.ReadJson(ScoresA, softTissue: 1));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(6, (await JsonOf(created)).GetProperty("siopen_total").GetInt32());
        var replay = await Post(r1, $"/api/scans/{s1}/reads", WorkstationServer.ReadJson(ScoresA, softTissue: 1));
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains($"already read scan {s1}", (await JsonOf(replay)).GetProperty("error").GetString());
        await using var store = _server.OpenStore();
        Assert.Single(await store.GetReadsAsync("S1")); // nothing double-counted
        var worklist = await (await r1.GetAsync("/api/worklist")).Content.ReadFromJsonAsync<JsonElement>();
        var item = worklist.EnumerateArray().Single(i => i.GetProperty("scan_id").GetString() == s1);
        Assert.Equal("submitted", item.GetProperty("status").GetString());
        Assert.False(item.TryGetProperty("scan_date", out _)); // blinding: no date
        Assert.Equal(JsonValueKind.Null, item.GetProperty("timepoint").ValueKind); // the default plan hides time points
    }

    [Fact]
    public async Task Writes_with_a_session_need_the_CSRF_header_and_a_JSON_body()
    {
        var r1 = _server.Anonymous();
        await r1.PostAsJsonAsync("/api/login", new { username = "R1", password = WorkstationServer.Password });
        var noHeader = await Post(r1, _server.Api("R1", "S1"), WorkstationServer.ReadJson(ScoresA));
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Contains("X-Requested-With", (await JsonOf(noHeader)).GetProperty("error").GetString());
        r1.DefaultRequestHeaders.Add(ApiRequestGuard.HeaderName, ApiRequestGuard.HeaderValue);
        // A form post (what a cross-site page can send without a preflight) is refused.
        var form = await r1.PostAsync(_server.Api("R1", "S1"), new FormUrlEncodedContent([new("siopen_skull", "0")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        await using var store = _server.OpenStore();
        Assert.Empty(await store.GetReadsAsync("S1"));
    }

    [Fact]
    public async Task An_unknown_code_a_study_scan_id_and_another_readers_code_are_all_the_same_404()
    {
        var r1 = await _server.SignedInAsync("R1");
        // A made-up code, the study's own scan id, and R2's code for a scan R1 may read: R1 cannot tell them apart.
        foreach (var id in new[] { "ZZZZZ-ZZZZZ", "S1", _server.Code("R2", "S1"), "NOPE" })
        {
            var post = await Post(r1, $"/api/scans/{Uri.EscapeDataString(id)}/reads", WorkstationServer.ReadJson(ScoresA));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Equal($"no scan {id} in your worklist", (await JsonOf(post)).GetProperty("error").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await r1.GetAsync($"/api/scans/{Uri.EscapeDataString(id)}/reads")).StatusCode);
        }
        var adj = await _server.SignedInAsync("adj");
        Assert.Equal(HttpStatusCode.NotFound, (await Post(adj, "/api/scans/S1/consensus", WorkstationServer.ReadJson(ScoresA, reason: "x", basedOn: WorkstationServer.FirstReads))).StatusCode); // the study's id
        await using var store = _server.OpenStore();
        Assert.Empty(await store.GetReadsAsync("S1"));
    }

    [Fact]
    public async Task Blinding_a_reader_sees_only_their_own_read_and_no_outcome()
    {
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        Assert.Equal(HttpStatusCode.Created, (await Post(r1, _server.Api("R1", "S4"), WorkstationServer.ReadJson(ScoresA, comment: "R1 secret note"))).StatusCode);
        var seenByR2 = await r2.GetStringAsync(_server.Api("R2", "S4"));
        Assert.Equal("[]", seenByR2);
        var ownR1 = await JsonOf(await r1.GetAsync(_server.Api("R1", "S4")));
        Assert.Equal("R1", ownR1.EnumerateArray().Single().GetProperty("reader").GetString());
        // S4 lies 18 days before P2's progression: a reader must not learn that from the time point.
        var worklist = await r2.GetStringAsync("/api/worklist");
        Assert.DoesNotContain("progression", worklist);
        Assert.DoesNotContain("P2", worklist);
        Assert.DoesNotContain("R1 secret note", worklist);
        // (the random antiforgery token is left out: it may contain any two letters)
        var page = System.Text.RegularExpressions.Regex.Replace(await r2.GetStringAsync($"/score/{_server.Code("R2", "S4")}"),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "");
        Assert.DoesNotContain("R1 secret note", page);
        Assert.DoesNotContain("progression", page);
        Assert.DoesNotContain("P2", page);
        Assert.DoesNotContain("S4", page);
        Assert.DoesNotContain("2015-04-02", page); // the scan date
        // The adjudicator sees no outcome either.
        var adj = await _server.SignedInAsync("adj");
        Assert.DoesNotContain("progression", await adj.GetStringAsync("/api/worklist"));
    }

    [Fact]
    public async Task The_adjudicator_sees_all_reads_only_once_all_are_in_then_records_the_consensus_once()
    {
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        var adj = await _server.SignedInAsync("adj");
        var a2 = _server.Code("adj", "S2");
        await Post(r1, _server.Api("R1", "S2"), WorkstationServer.ReadJson(ScoresA));
        var early = await adj.GetAsync($"/api/scans/{a2}/reads");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal($"scan {a2} is still waiting for the read of R2", (await JsonOf(early)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Post(adj, $"/api/scans/{a2}/consensus", WorkstationServer.ReadJson(ScoresA, reason: "r", basedOn: WorkstationServer.FirstReads))).StatusCode);
        await Post(r2, _server.Api("R2", "S2"), WorkstationServer.ReadJson(ScoresB));
        var reads = await JsonOf(await adj.GetAsync($"/api/scans/{a2}/reads"));
        Assert.Equal(["R1", "R2"], reads.EnumerateArray().Select(r => r.GetProperty("reader").GetString()));
        Assert.All(reads.EnumerateArray(), r => Assert.Equal(1, r.GetProperty("version").GetInt32())); // every read comes with its version
        var queue = await JsonOf(await adj.GetAsync("/api/discrepancies"));
        var s2 = queue.EnumerateArray().Single();
        // Hand count: spine 3 vs 1 (spread 2) + left proximal lower limb 0 vs 1 (spread 1) = 3.
        Assert.Equal(3, s2.GetProperty("disagreement").GetInt32());
        Assert.Equal(["spine", "left_lower_limb_proximal"], s2.GetProperty("differing_segments").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(a2, s2.GetProperty("scan_id").GetString());
        Assert.False(s2.GetProperty("identical").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await Post(adj, $"/api/scans/{a2}/consensus/agreed", "{\"based_on\": {\"R1\": 1, \"R2\": 1}}")).StatusCode); // they differ
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(adj, $"/api/scans/{a2}/consensus", WorkstationServer.ReadJson(ScoresA, basedOn: WorkstationServer.FirstReads))).StatusCode); // no reason
        var noBasis = await Post(adj, $"/api/scans/{a2}/consensus", WorkstationServer.ReadJson(ScoresA, reason: "r"));
        Assert.Equal(HttpStatusCode.BadRequest, noBasis.StatusCode);
        Assert.StartsWith("based_on: missing", (await JsonOf(noBasis)).GetProperty("error").GetString());
        var consensus = await Post(adj, $"/api/scans/{a2}/consensus", WorkstationServer.ReadJson(ScoresA, reason: "spine lesions re-counted on the posterior view", basedOn: WorkstationServer.FirstReads));
        Assert.Equal(HttpStatusCode.Created, consensus.StatusCode);
        Assert.Equal("consensus", (await JsonOf(consensus)).GetProperty("reader").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Post(adj, $"/api/scans/{a2}/consensus", WorkstationServer.ReadJson(ScoresA, reason: "again", basedOn: WorkstationServer.FirstReads))).StatusCode);
        // A reader still sees only their own read after adjudication.
        Assert.Equal(["R2"], (await JsonOf(await r2.GetAsync(_server.Api("R2", "S2")))).EnumerateArray().Select(r => r.GetProperty("reader").GetString()));
        // And can no longer amend it; the answer gives no reason (it would tell that the other reader has finished).
        var late = await r2.PutAsync(_server.Api("R2", "S2"), WorkstationServer.Json(WorkstationServer.ReadJson(ScoresA, reason: "late")));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var message = (await JsonOf(late)).GetProperty("error").GetString()!;
        Assert.Equal(Mibg.Web.Reading.ReadingRoom.ReadClosed, message);
        Assert.DoesNotContain("adjudicat", message.Replace("ask the adjudicator", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("consensus", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_amendment_needs_a_reason_and_is_audited_with_before_and_after()
    {
        var r1 = await _server.SignedInAsync("R1");
        await Post(r1, _server.Api("R1", "S3"), WorkstationServer.ReadJson(ScoresA, final: false));
        Assert.Equal(HttpStatusCode.BadRequest, (await r1.PutAsync(_server.Api("R1", "S3"), WorkstationServer.Json(WorkstationServer.ReadJson(ScoresB)))).StatusCode);
        var amended = await r1.PutAsync(_server.Api("R1", "S3"), WorkstationServer.Json(WorkstationServer.ReadJson(ScoresB, reason: "missed a rib lesion")));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        await using var ws = await _server.OpenWorkstationAsync();
        var audit = await ws.ReadAuditAsync();
        var entry = audit.Single(e => e.Action == AuditActions.Amendment);
        Assert.Equal("R1", entry.Actor);
        Assert.Equal("S3", entry.Subject);
        Assert.Contains("\"siopen_total\":6", entry.Before);
        Assert.Contains("\"siopen_total\":5", entry.After);
        Assert.Contains("missed a rib lesion", entry.After);
        Assert.Empty((await ws.VerifyAuditAsync()).Problems);
        Assert.Contains(audit, e => e.Action == AuditActions.Login && e.Actor == "R1");
        Assert.Contains(audit, e => e.Action == AuditActions.Read && e.Subject == "S3");
        // The server keeps its audit key and anchor where --audit-dir says (here the test's folder), on either
        // database: nothing is written to the user's ~/.config/mibg/audit.
        var files = AuditFilesOf(_server);
        Assert.True(File.Exists(files.KeyPath) && File.Exists(files.AnchorPath), files.KeyPath);
        Assert.StartsWith(Path.Combine(_server.Folder, "audit"), files.KeyPath, StringComparison.Ordinal);
        Assert.Equal(audit.Count, Mibg.Storage.Audit.AuditAnchor.Read(files.AnchorPath)!.Count);
    }

    private static Mibg.Storage.Audit.AuditFiles AuditFilesOf(WorkstationServer server) =>
        Mibg.Storage.Audit.AuditFiles.For(StoreSpec.Parse(server.Store), server.StoreOptions.AuditDirectory);

    [Fact]
    public async Task Script_in_a_comment_is_stored_as_text_and_rendered_harmless()
    {
        const string attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        await Post(r1, _server.Api("R1", "S1"), WorkstationServer.ReadJson(ScoresA, comment: attack));
        await Post(r2, _server.Api("R2", "S1"), WorkstationServer.ReadJson(ScoresB, comment: attack));
        var adj = await _server.SignedInAsync("adj");
        var page = await adj.GetStringAsync($"/adjudicate/{_server.Code("adj", "S1")}");
        Assert.DoesNotContain(attack, page);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page);
        var own = await r1.GetStringAsync($"/score/{_server.Code("R1", "S1")}");
        Assert.DoesNotContain("<script>alert", own);
        var admin = await _server.SignedInAsync("admin");
        Assert.DoesNotContain("<script>alert", await admin.GetStringAsync("/audit"));
        await using var store = _server.OpenStore();
        Assert.Equal(attack, (await store.GetReadsAsync("S1"))[0].Comment); // kept exactly, as data
    }

    [Fact]
    public async Task SQL_metacharacters_in_every_text_field_are_plain_data()
    {
        const string sql = "x'); DELETE FROM reads; DROP TABLE audit_log;--\"";
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        const string odd = DemoStudy.OddScanId;
        // In the stored scan id, the comment, the reason, a path segment and the user name of a login.
        Assert.Equal(HttpStatusCode.Created, (await Post(r1, _server.Api("R1", odd), WorkstationServer.ReadJson(ScoresA, comment: sql, final: false))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Post(r2, _server.Api("R2", odd), WorkstationServer.ReadJson(ScoresB, comment: sql))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await r1.PutAsync(_server.Api("R1", odd), WorkstationServer.Json(WorkstationServer.ReadJson(ScoresA, comment: sql, reason: sql)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(r1, _server.Api("R1", odd, "reads/final"), "{\"version\": 2}")).StatusCode);
        var adj = await _server.SignedInAsync("adj");
        var basis = new Dictionary<string, int> { ["R1"] = 3, ["R2"] = 1 }; // R1 amended its draft once, then finalised it
        Assert.Equal(HttpStatusCode.Created, (await Post(adj, _server.Api("adj", odd, "consensus"), WorkstationServer.ReadJson(ScoresA, comment: sql, reason: sql, basedOn: basis))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(r1, $"/api/scans/{Uri.EscapeDataString(sql)}/reads", WorkstationServer.ReadJson(ScoresA))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Anonymous().PostAsJsonAsync("/api/login", new { username = "admin' OR '1'='1", password = sql })).StatusCode);
        await using var store = _server.OpenStore();
        var reads = await store.GetReadsAsync(DemoStudy.OddScanId);
        Assert.Equal(["R1", "R2", "consensus"], reads.Select(r => r.Reader));
        Assert.All(reads, r => Assert.Equal(sql, r.Comment));
        await using var ws = await _server.OpenWorkstationAsync();
        var audit = await ws.ReadAuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.LoginFailed && e.Subject == "admin' OR '1'='1");
        Assert.Empty((await ws.VerifyAuditAsync()).Problems);
    }

    [Fact]
    public async Task Images_are_served_only_from_inside_the_image_folder()
    {
        var r1 = await _server.SignedInAsync("R1");
        var image = await r1.GetAsync($"/scans/{_server.Code("R1", "S1")}/image");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0x89, (await image.Content.ReadAsByteArrayAsync())[0]);
        // S5's image is "../outside.png": it exists, but outside the folder.
        var escape = await r1.GetAsync($"/scans/{_server.Code("R1", "S5")}/image");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await r1.GetAsync($"/scans/{_server.Code("R1", "S3")}/image")).StatusCode); // no image recorded
        Assert.Equal(HttpStatusCode.NotFound, (await r1.GetAsync("/scans/S1/image")).StatusCode); // the study's id is no way in
    }

    [Fact]
    public async Task An_admin_assignment_takes_a_scan_out_of_a_readers_worklist()
    {
        var admin = await _server.SignedInAsync("admin");
        var put = await admin.PutAsync("/api/scans/S3/assignment", WorkstationServer.Json("{\"readers\": [\"R2\"]}"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var r1 = await _server.SignedInAsync("R1");
        Assert.DoesNotContain(_server.Code("R1", "S3"), await r1.GetStringAsync("/api/worklist"));
        // Not assigned answers exactly as "no such scan" does.
        var refused = await Post(r1, _server.Api("R1", "S3"), WorkstationServer.ReadJson(ScoresA));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal($"no scan {_server.Code("R1", "S3")} in your worklist", (await JsonOf(refused)).GetProperty("error").GetString());
        var r2 = await _server.SignedInAsync("R2");
        Assert.Equal(HttpStatusCode.Created, (await Post(r2, _server.Api("R2", "S3"), WorkstationServer.ReadJson(ScoresA))).StatusCode);
        // With its only assigned reader in, S3 is ready for adjudication.
        var adj = await _server.SignedInAsync("adj");
        Assert.Equal(HttpStatusCode.OK, (await adj.GetAsync(_server.Api("adj", "S3"))).StatusCode);
    }
}

/// <summary>The read API on the embedded SQLite store.</summary>
public sealed class ReadApiTests : ReadApiContract
{
    protected override Task<string?> PostgresAsync() => Task.FromResult<string?>(null);
}

/// <summary>The read API on PostgreSQL.</summary>
[Collection(Mibg.Storage.Tests.Postgres.PostgresCollection.Name)]
public sealed class PostgresReadApiTests(Mibg.Storage.Tests.Postgres.PostgresCluster cluster) : ReadApiContract
{
    protected override async Task<string?> PostgresAsync() => await cluster.CreateDatabaseAsync();
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mibg.Bench.Storage;
using Mibg.Storage;
using Mibg.Storage.Audit;
using Mibg.Storage.Tests.Postgres;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Cli.Tests.Commands.Serve;

/// <summary>
/// kill -9 during concurrent writes (issue 11): a real <c>mibg serve</c> process (mibg.dll run by <c>dotnet</c>)
/// takes reads, amendments, consensus reads, logins and logouts from many clients at once while real
/// <c>mibg user disable|enable</c> processes change accounts in the same store; both are killed with SIGKILL in
/// the middle, three times over. Afterwards every read, consensus and account in the tables has its audit entry,
/// every change a client was told had succeeded is in the log, and <c>mibg audit verify</c> (a real process)
/// passes — a kill that fell between a commit and the anchor update is reported as a notice, not as tampering
/// (docs/security.md, "Anchor"). On SQLite and on a real PostgreSQL.
/// </summary>
public abstract class ServeKillContract : IDisposable
{
    private const string Password = "kill test password 1";
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-kill-").FullName;
    private string AuditDir => Path.Combine(_dir, "audit");

    protected abstract Task<string> StoreAsync(string folder);

    private static readonly string MibgDll = Path.Combine(AppContext.BaseDirectory, "mibg.dll");

    private static ProcessStartInfo Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(MibgDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>What the clients were told succeeded: (action, account acting, the account's scan code or the account changed).</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<(string Action, string Actor, string Subject)> _acknowledged = [];

    [Fact]
    public async Task Killed_with_SIGKILL_during_concurrent_writes_every_change_has_its_entry_and_the_audit_verifies()
    {
        var store = await StoreAsync(_dir);
        var options = new StoreOptions { AuditDirectory = AuditDir };
        var study = SyntheticStudy.Create(12, seed: 7) with { Reads = [] };
        await using (var s = StudyStores.Open(store, options))
        {
            await s.ImportAsync(study, source: "kill test");
            var ws = (IWorkstationStore)s;
            var hash = PasswordHashing.Hash(Password);
            foreach (var (n, r) in new[] { ("R1", WorkstationRole.Reader), ("R2", WorkstationRole.Reader), ("R3", WorkstationRole.Reader), ("adj", WorkstationRole.Adjudicator) })
                await ws.AddUserAsync(new WorkstationUser { Name = n, Role = r, PasswordHash = hash }, "test");
            await ws.SetStudyReadersAsync(["R1", "R2"], "test");
        }

        var notices = new List<string>();
        for (var round = 1; round <= 3; round++)
            notices.AddRange(await RunAndKillAsync(store, round));

        // Every read in the table (reader's or consensus) has an entry vouching for exactly its content, every
        // account too: the verifier compares them one by one. And every acknowledged change is in the log.
        await using (var s = StudyStores.Open(store, options))
        {
            var ws = (IWorkstationStore)s;
            var v = await ws.VerifyAuditAsync();
            Assert.True(v.Intact, string.Join("\n", v.Problems));
            var log = await ws.ReadAuditAsync();
            // Scan codes back to the study's ids, with the server's blinding key.
            var codes = new Mibg.Web.Blinding.ScanCodes(Mibg.Web.Blinding.BlindingSecret.LoadOrCreate(Path.Combine(_dir, "blinding.key")));
            string StudyId(string account, string code) => study.Scans.Single(x => codes.CodeOf(account, x.ScanId) == code).ScanId;
            foreach (var (action, actor, subject) in _acknowledged)
            {
                var id = action.StartsWith("user_", StringComparison.Ordinal) ? subject : StudyId(actor, subject);
                Assert.Contains(log, e => e.Action == action && e.Subject == id && (action.StartsWith("user_", StringComparison.Ordinal) || e.Actor == actor));
            }
            var reads = (await s.LoadAsync()).Reads;
            Assert.NotEmpty(reads);
            foreach (var r in reads)
                Assert.Contains(log, e => e.Subject == r.ScanId && e.Action is AuditActions.Read or AuditActions.Amendment or AuditActions.Consensus or AuditActions.ReadFinalised
                    && e.After!.Contains($"\"reader\":\"{r.Reader}\"", StringComparison.Ordinal));
            Assert.Contains(reads, r => r.Reader == Mibg.Core.Study.Read.ConsensusReader);
        }

        // The real `mibg audit verify`, as an operator runs it after the crash.
        using var verify = Process.Start(Dotnet("audit", "verify", "--store", store, "--audit-dir", AuditDir))!;
        var stdout = await verify.StandardOutput.ReadToEndAsync();
        var stderr = await verify.StandardError.ReadToEndAsync();
        await verify.WaitForExitAsync();
        Assert.True(verify.ExitCode == 0, $"mibg audit verify exited {verify.ExitCode}: {stdout}{stderr}");
        Assert.StartsWith("audit log intact: ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("tampered", stderr, StringComparison.Ordinal);
        Console.WriteLine($"kill test ({GetType().Name}): {_acknowledged.Count} acknowledged changes; notices after the kills: {notices.Count}; {stdout.Trim()}");
    }

    /// <summary>Starts <c>mibg serve</c> and an account-changing loop, drives writes until enough happened, kills both.</summary>
    private async Task<IReadOnlyList<string>> RunAndKillAsync(string store, int round)
    {
        var port = FreePort();
        using var serve = Process.Start(Dotnet("serve", "--store", store, "--urls", $"http://127.0.0.1:{port}", "--audit-dir", AuditDir,
            "--blinding-key", Path.Combine(_dir, "blinding.key")))!;
        var listening = new TaskCompletionSource();
        var serveErr = new StringBuilder();
        serve.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (serveErr) serveErr.AppendLine(e.Data);
            if (e.Data.StartsWith("mibg workstation listening", StringComparison.Ordinal)) listening.TrySetResult();
        };
        serve.BeginErrorReadLine();
        _ = serve.StandardOutput.ReadToEndAsync();
        var first = await Task.WhenAny(listening.Task, serve.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(first == listening.Task, $"mibg serve did not start: {serveErr}");

        using var stop = new CancellationTokenSource();
        var writes = 0;
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        var clients = new List<Task>();
        foreach (var reader in new[] { "R1", "R2" })
            for (var k = 0; k < 3; k++)
                clients.Add(ReaderLoopAsync(baseUri, reader, round * 10 + k, () => Interlocked.Increment(ref writes), stop.Token));
        for (var k = 0; k < 2; k++)
            clients.Add(AdjudicatorLoopAsync(baseUri, () => Interlocked.Increment(ref writes), stop.Token));
        Process? accounts = null;
        var accountLoop = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var p = Process.Start(Dotnet("user", i % 2 == 0 ? "disable" : "enable", "--store", store, "--audit-dir", AuditDir, "--name", "R3"))!;
                Volatile.Write(ref accounts, p);
                var err = p.StandardError.ReadToEndAsync();
                await p.StandardOutput.ReadToEndAsync();
                await p.WaitForExitAsync();
                if (p.ExitCode == 0) _acknowledged.Add((i % 2 == 0 ? AuditActions.UserDisabled : AuditActions.UserEnabled, "cli", "R3"));
                else if (!stop.IsCancellationRequested) Assert.Fail($"mibg user exited {p.ExitCode}: {await err}");
                p.Dispose();
            }
        });

        // Kill once enough writes went through that the kill lands among many in flight.
        var clock = Stopwatch.StartNew();
        while (Volatile.Read(ref writes) < 25 * round && clock.Elapsed < TimeSpan.FromMinutes(3) && !serve.HasExited)
            await Task.Delay(20);
        Assert.False(serve.HasExited, $"mibg serve ended by itself: {serveErr}");
        serve.Kill(); // SIGKILL
        try { Volatile.Read(ref accounts)?.Kill(); } catch (InvalidOperationException) { } // between two processes
        stop.Cancel();
        await serve.WaitForExitAsync();
        Assert.Equal(137, serve.ExitCode); // 128 + SIGKILL
        await Task.WhenAll(clients);
        await accountLoop;
        Assert.True(Volatile.Read(ref writes) >= 25 * round, $"only {writes} writes in round {round}");

        AuditVerification v;
        await using (var s = StudyStores.Open(store, new StoreOptions { AuditDirectory = AuditDir }))
        {
            v = await ((IWorkstationStore)s).VerifyAuditAsync();
            Assert.True(v.Intact, $"round {round}: " + string.Join("\n", v.Problems));
        }
        // A login is counted before its password is checked (so parallel guesses cannot exceed the limit); one the
        // kill interrupted stays counted, and the readers log in again and again. The operator's remedy, as
        // documented (docs/security.md, "Accounts and sessions"): unlock.
        foreach (var reader in new[] { "R1", "R2" })
            Assert.Equal(0, CliRunner.Run("user", "unlock", "--store", store, "--audit-dir", AuditDir, "--name", reader).ExitCode);
        return v.Notices;
    }

    private static HttpClient Client(Uri baseUri) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };

    private static async Task<HttpClient?> SignInAsync(Uri baseUri, string name, CancellationToken ct)
    {
        var c = Client(baseUri);
        var r = await c.PostAsJsonAsync("/api/login", new { username = name, password = Password }, ct);
        if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"login of {name}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync(ct)}");
        c.DefaultRequestHeaders.Add(ApiRequestGuard.HeaderName, ApiRequestGuard.HeaderValue);
        return c;
    }

    private static StringContent Json(string s) => new(s, Encoding.UTF8, "application/json");

    private static string ReadJson(int spine, string? reason = null, IReadOnlyDictionary<string, int>? basedOn = null, int? version = null, bool? final = null)
    {
        var scores = Enumerable.Repeat(0, 12).ToArray();
        scores[6] = spine;
        var siopen = string.Join(", ", Mibg.Core.Scoring.SiopenSegments.All.Select((s, i) => $"\"{s.Code}\": {scores[i]}"));
        var sb = new StringBuilder("{\"siopen\": {").Append(siopen).Append('}');
        if (reason is not null) sb.Append(", \"reason\": ").Append(JsonSerializer.Serialize(reason));
        if (basedOn is not null) sb.Append(", \"based_on\": ").Append(JsonSerializer.Serialize(basedOn));
        if (version is { } v) sb.Append(", \"version\": ").Append(v);
        if (final is { } f) sb.Append(", \"final\": ").Append(f ? "true" : "false");
        return sb.Append('}').ToString();
    }

    /// <summary>A connection refused or cut by the kill ends the loop; anything else is a failure.</summary>
    private static bool KilledOrStopped(Exception e, CancellationToken ct) =>
        ct.IsCancellationRequested || e is HttpRequestException or TaskCanceledException or IOException;

    private async Task ReaderLoopAsync(Uri baseUri, string reader, int seed, Action wrote, CancellationToken ct)
    {
        var random = new Random(seed);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var c = await SignInAsync(baseUri, reader, ct);
                var worklist = JsonDocument.Parse(await c!.GetStringAsync("/api/worklist", ct)).RootElement;
                var codes = worklist.EnumerateArray().Select(x => (Code: x.GetProperty("scan_id").GetString()!, Status: x.GetProperty("status").GetString()!)).ToArray();
                foreach (var (code, _) in codes.OrderBy(_ => random.Next()).Take(4))
                {
                    // Half the reads start as drafts, amended and finalised later; the others are final at once.
                    var post = await c.PostAsync($"/api/scans/{code}/reads", Json(ReadJson(random.Next(0, 3), final: random.Next(2) == 0)), ct);
                    if (post.StatusCode == HttpStatusCode.Created)
                    {
                        wrote();
                        _acknowledged.Add((AuditActions.Read, reader, code));
                    }
                    else if (post.StatusCode == HttpStatusCode.Conflict)
                    {
                        // already read: amend or finalise a draft at the version shown (409 when final, or moved on
                        // meanwhile by this reader's other clients)
                        var mine = JsonDocument.Parse(await c.GetStringAsync($"/api/scans/{code}/reads", ct)).RootElement
                            .EnumerateArray().First(x => x.GetProperty("reader").GetString() == reader);
                        var version = mine.GetProperty("version").GetInt32();
                        var finalise = random.Next(3) == 0;
                        var change = finalise
                            ? await c.PostAsync($"/api/scans/{code}/reads/final", Json($"{{\"version\": {version}}}"), ct)
                            : await c.PutAsync($"/api/scans/{code}/reads", Json(ReadJson(random.Next(0, 3), "second look", version: version)), ct);
                        if (change.StatusCode == HttpStatusCode.OK)
                        {
                            wrote();
                            _acknowledged.Add((finalise ? AuditActions.ReadFinalised : AuditActions.Amendment, reader, code));
                        }
                        else Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
                    }
                    else Assert.Fail($"{reader} read {code}: {(int)post.StatusCode} {await post.Content.ReadAsStringAsync(ct)}");
                }
                Assert.Equal(HttpStatusCode.OK, (await c.PostAsync("/api/logout", Json("{}"), ct)).StatusCode);
            }
        }
        catch (Exception e) when (KilledOrStopped(e, ct) || e.InnerException is IOException or System.Net.Sockets.SocketException)
        {
        }
    }

    private async Task AdjudicatorLoopAsync(Uri baseUri, Action wrote, CancellationToken ct)
    {
        try
        {
            using var c = await SignInAsync(baseUri, "adj", ct);
            while (!ct.IsCancellationRequested)
            {
                var queue = JsonDocument.Parse(await c!.GetStringAsync("/api/discrepancies", ct)).RootElement;
                foreach (var d in queue.EnumerateArray().Take(3))
                {
                    var code = d.GetProperty("scan_id").GetString()!;
                    var reads = JsonDocument.Parse(await c.GetStringAsync($"/api/scans/{code}/reads", ct)).RootElement;
                    var basedOn = reads.EnumerateArray().Where(x => x.GetProperty("reader").GetString() != "consensus")
                        .ToDictionary(x => x.GetProperty("reader").GetString()!, x => x.GetProperty("version").GetInt32());
                    var post = await c.PostAsync($"/api/scans/{code}/consensus", Json(ReadJson(1, "adjudicated", basedOn)), ct);
                    if (post.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
                    {
                        wrote();
                        _acknowledged.Add((AuditActions.Consensus, "adj", code));
                    }
                    else Assert.Equal(HttpStatusCode.Conflict, post.StatusCode); // a read moved on, or the other adjudicator was first
                }
                await Task.Delay(50, ct);
            }
        }
        catch (Exception e) when (KilledOrStopped(e, ct) || e.InnerException is IOException or System.Net.Sockets.SocketException)
        {
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>On a SQLite store file.</summary>
public sealed class SqliteServeKillTests : ServeKillContract
{
    protected override Task<string> StoreAsync(string folder) => Task.FromResult(Path.Combine(folder, "study.db"));
}

/// <summary>On a real PostgreSQL 15 started by the tests.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServeKillTests(PostgresCluster cluster) : ServeKillContract
{
    protected override Task<string> StoreAsync(string folder) => cluster.CreateDatabaseAsync();
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Mibg.Bench.Storage;
using Mibg.Storage;
using Mibg.Web;
using Mibg.Web.Security;

namespace Mibg.Cli.Tests.Commands.Serve;

/// <summary>
/// The role × endpoint matrix under the account commands, run as the operator runs them — through the CLI
/// (<c>mibg user disable|enable|reset-password|unlock|list</c>, <c>mibg readers set|list</c>) — against the store a
/// running workstation (real Kestrel, in this process) serves: each command's effect is seen on the web at once
/// (sessions end, logins refused or allowed, worklists change), and bad input is refused without changing anything.
/// </summary>
public sealed class AccountCommandsOnTheWebTests : IAsyncLifetime
{
    private const string Password = "web test password 1";
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-cli-web-").FullName;
    private WebApplication _app = null!;
    private Uri _base = null!;

    private string Store => Path.Combine(_dir, "study.db");
    private string AuditDir => Path.Combine(_dir, "audit");

    private CliRun Mibg(params string[] args) => CliRunner.Run([.. args, "--store", Store, "--audit-dir", AuditDir]);

    private CliRun WithPassword(string password, params string[] args) => CliRunner.RunWithInput(password + "\n", [.. args, "--store", Store, "--audit-dir", AuditDir]);

    public async Task InitializeAsync()
    {
        var study = SyntheticStudy.Create(3, seed: 5) with { Reads = [] };
        await using (var s = StudyStores.Open(Store, new StoreOptions { AuditDirectory = AuditDir }))
            await s.ImportAsync(study, source: "test");
        foreach (var (name, role) in new[] { ("R1", "reader"), ("R2", "reader"), ("adj", "adjudicator"), ("admin", "admin"), ("admin2", "admin"), ("analyst", "analyst") })
            Assert.Equal(0, WithPassword(Password, "user", "add", "--name", name, "--role", role, "--password-stdin").ExitCode);
        Assert.Equal(0, Mibg("readers", "set", "R1", "R2").ExitCode);
        _app = WorkstationHost.Build(["--store", Store, "--urls", "http://127.0.0.1:0", "--audit-dir", AuditDir, "--blinding-key", Path.Combine(_dir, "blinding.key")]);
        await _app.StartAsync();
        _base = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private HttpClient Anonymous() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _base };

    private async Task<HttpStatusCode> LoginAsync(HttpClient c, string name, string password = Password) =>
        (await c.PostAsJsonAsync("/api/login", new { username = name, password })).StatusCode;

    private async Task<HttpClient> SignedInAsync(string name, string password = Password)
    {
        var c = Anonymous();
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(c, name, password));
        c.DefaultRequestHeaders.Add(ApiRequestGuard.HeaderName, ApiRequestGuard.HeaderValue);
        return c;
    }

    /// <summary>Each role's own GET endpoint (RoleAccessTests in Mibg.Web.Tests has the full matrix).</summary>
    private static readonly Dictionary<string, string> OwnEndpoint = new()
    {
        ["R1"] = "/api/worklist", ["R2"] = "/api/worklist", ["adj"] = "/api/discrepancies", ["admin"] = "/api/audit", ["analyst"] = "/agreement",
    };

    [Theory]
    [InlineData("R1")]
    [InlineData("adj")]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task Disable_ends_the_session_of_any_role_and_enable_lets_it_sign_in_again(string user)
    {
        var session = await SignedInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(OwnEndpoint[user])).StatusCode);
        var disable = Mibg("user", "disable", "--name", user);
        Assert.True(disable.ExitCode == 0, disable.StdErr);
        Assert.Equal($"disabled {user}; its sessions are ended", disable.StdOut.Trim());
        var dead = await session.GetAsync(OwnEndpoint[user]);
        Assert.True(dead.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"{user} after disable: {(int)dead.StatusCode}");
        // The refusal of a disabled account is the refusal of a wrong password (existence not confirmed).
        var refused = await Anonymous().PostAsJsonAsync("/api/login", new { username = user, password = Password });
        var wrong = await Anonymous().PostAsJsonAsync("/api/login", new { username = "nobody", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(await wrong.Content.ReadAsStringAsync(), await refused.Content.ReadAsStringAsync());
        Assert.Contains("\tdisabled", Mibg("user", "list").StdOut.Split('\n').Single(l => l.StartsWith(user + "\t", StringComparison.Ordinal)), StringComparison.Ordinal);

        Assert.Equal(0, Mibg("user", "enable", "--name", user).ExitCode);
        Assert.True((await session.GetAsync(OwnEndpoint[user])).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect); // not revived
        var again = await SignedInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(OwnEndpoint[user])).StatusCode);
        Assert.Equal(0, Mibg("audit", "verify").ExitCode);
    }

    [Fact]
    public async Task Reset_password_ends_the_session_and_only_the_new_password_signs_in()
    {
        var session = await SignedInAsync("R1");
        var reset = WithPassword("a brand new password", "user", "reset-password", "--name", "R1", "--password-stdin");
        Assert.True(reset.ExitCode == 0, reset.StdErr);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(Anonymous(), "R1"));
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(Anonymous(), "R1", "a brand new password"));
    }

    [Fact]
    public async Task Unlock_lets_a_locked_account_sign_in_again()
    {
        var c = Anonymous();
        for (var i = 0; i < LoginService.MaxFailures; i++) Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(c, "adj", "not the password"));
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(c, "adj"));
        Assert.Contains("adj\tadjudicator\tlocked until ", Mibg("user", "list").StdOut, StringComparison.Ordinal);
        Assert.Equal("unlocked adj", Mibg("user", "unlock", "--name", "adj").StdOut.Trim());
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(c, "adj"));
    }

    [Fact]
    public async Task Readers_set_changes_whose_worklist_holds_the_scans()
    {
        var r2 = await SignedInAsync("R2");
        var before = await r2.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/worklist");
        Assert.True(before.GetArrayLength() > 0);
        Assert.Equal(0, Mibg("readers", "set", "R1").ExitCode);
        Assert.Equal("R1", Mibg("readers", "list").StdOut.Trim());
        // The server re-reads who reads what at most every 5 s (ReadingRoom's cache): a change made by another
        // process shows within that time.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await r2.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/worklist")).GetArrayLength() > 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(200);
        Assert.Equal(0, (await r2.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/worklist")).GetArrayLength());
        var r1 = await SignedInAsync("R1");
        Assert.Equal(before.GetArrayLength(), (await r1.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/worklist")).GetArrayLength());
        Assert.Equal(0, Mibg("audit", "verify").ExitCode);
    }

    [Theory]
    [InlineData("user disable --name nobody", "there is no account 'nobody'")]
    [InlineData("user enable --name nobody", "there is no account 'nobody'")]
    [InlineData("user unlock --name nobody", "there is no account 'nobody'")]
    [InlineData("user disable", "--name: missing")]
    [InlineData("user disable --name R1;drop", "--name: the name may hold only letters")]
    [InlineData("readers set nobody", "nobody")]
    [InlineData("readers set adj", "adj is not a reader account")]
    [InlineData("readers set", "give the reader accounts")]
    public void Bad_input_is_refused_and_changes_nothing(string command, string message)
    {
        var before = Mibg("user", "list").StdOut + Mibg("readers", "list").StdOut;
        var run = Mibg(command.Split(' '));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Mibg("user", "list").StdOut + Mibg("readers", "list").StdOut);
    }

    [Fact]
    public async Task The_last_enabled_admin_cannot_be_disabled()
    {
        Assert.Equal(0, Mibg("user", "disable", "--name", "admin2").ExitCode);
        var last = Mibg("user", "disable", "--name", "admin");
        Assert.Equal(1, last.ExitCode);
        Assert.Contains("admin is the last enabled admin account", last.StdErr, StringComparison.Ordinal);
        var admin = await SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/audit")).StatusCode);
        var reset = WithPassword("short", "user", "reset-password", "--name", "admin", "--password-stdin");
        Assert.Equal(1, reset.ExitCode); // a weak password is refused; the admin's sessions stay
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(1, WithPassword("a long enough one", "user", "reset-password", "--name", "ghost", "--password-stdin").ExitCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Security;

/// <summary>
/// Server-side sessions (docs/security.md, "Accounts and sessions"): logout ends the session for every copy of the
/// cookie; a session ends 8 h after login however busy, and after 60 min unused; disabling an account or resetting
/// its password ends its sessions at once. A clock the test moves stands for the hours.
/// </summary>
public sealed class SessionTests : IAsyncLifetime
{
    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private WorkstationServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkstationServer.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IWorkstationStore Store =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IWorkstationStore>(_server.Services);

    /// <summary>A browser of its own signed in as <paramref name="name"/>, and a second client sending a copy of its cookie.</summary>
    private async Task<(HttpClient Browser, HttpClient Copy)> SignedInWithCopyAsync(string name)
    {
        var jar = new CookieContainer();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/login", new { username = name, password = WorkstationServer.Password })).StatusCode);
        browser.DefaultRequestHeaders.Add(ApiRequestGuard.HeaderName, ApiRequestGuard.HeaderValue);
        var copy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
        copy.DefaultRequestHeaders.Add("Cookie", jar.GetCookieHeader(_server.BaseAddress));
        return (browser, copy);
    }

    [Fact]
    public async Task Logout_ends_the_session_for_a_copied_cookie_too()
    {
        var (r1, copy) = await SignedInWithCopyAsync("R1");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/worklist")).StatusCode); // the copy works while the session lives
        Assert.Equal(HttpStatusCode.OK, (await r1.PostAsync("/api/logout", WorkstationServer.Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/worklist")).StatusCode);
        var audit = await Store.ReadAuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.Logout && e.Actor == "R1");
    }

    [Fact]
    public async Task A_session_ends_eight_hours_after_login_however_busy_and_after_an_hour_unused()
    {
        var r1 = await _server.SignedInAsync("R1");
        for (var i = 0; i < 15; i++) // 7 h 30 min of work, a request every 30 minutes
        {
            _clock.Now = _clock.Now.AddMinutes(30);
            var ok = await r1.GetAsync("/api/worklist");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.False(ok.Headers.Contains("Set-Cookie")); // the cookie is not renewed: the end does not slide
        }
        _clock.Now = _clock.Now.AddMinutes(31); // 8 h 1 min after login
        Assert.Equal(HttpStatusCode.Unauthorized, (await r1.GetAsync("/api/worklist")).StatusCode);

        var r2 = await _server.SignedInAsync("R2");
        _clock.Now = _clock.Now.AddMinutes(59);
        Assert.Equal(HttpStatusCode.OK, (await r2.GetAsync("/api/worklist")).StatusCode);
        _clock.Now = _clock.Now.AddMinutes(61); // unused for longer than the idle limit
        Assert.Equal(HttpStatusCode.Unauthorized, (await r2.GetAsync("/api/worklist")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_or_resetting_its_password_ends_its_sessions_at_once()
    {
        var r1 = await _server.SignedInAsync("R1");
        await Store.SetDisabledAsync("R1", true, "admin");
        Assert.Equal(HttpStatusCode.Unauthorized, (await r1.GetAsync("/api/worklist")).StatusCode);
        var login = await _server.Anonymous().PostAsJsonAsync("/api/login", new { username = "R1", password = WorkstationServer.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains(LoginService.WrongCredentials, await login.Content.ReadAsStringAsync()); // nothing says "disabled"
        await Store.SetDisabledAsync("R1", false, "admin");
        var again = await _server.SignedInAsync("R1");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/worklist")).StatusCode);

        await Store.ResetPasswordAsync("R1", PasswordHashing.Hash("a brand new password"), "admin");
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/worklist")).StatusCode);
    }
}

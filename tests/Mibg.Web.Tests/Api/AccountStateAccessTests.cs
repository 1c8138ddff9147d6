using System.Net;
using System.Net.Http.Json;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Api;

/// <summary>
/// The role × endpoint matrix (<see cref="RoleAccessTests"/>) under the account commands (<c>mibg user disable |
/// enable | reset-password | unlock</c>, which call these store operations): a disabled account reaches no endpoint
/// with the session it had, whatever its role; enabled again, it signs in and reaches its endpoints as before; a
/// locked account signs in again once unlocked.
/// </summary>
public sealed class AccountStateAccessTests : IAsyncLifetime
{
    private WorkstationServer _server = null!;

    // A second admin, so that the first may be disabled (the last enabled admin may not be).
    public async Task InitializeAsync() => _server = await WorkstationServer.StartAsync(extraAccounts: [("admin2", WorkstationRole.Admin)]);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IWorkstationStore Store =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IWorkstationStore>(_server.Services);

    private async Task<int> StatusAsync(HttpClient client, string user, string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{S1}", _server.Code(user, "S1"), StringComparison.Ordinal));
        if (body is not null) request.Content = WorkstationServer.Json(body);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("adj")]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task A_disabled_account_reaches_no_endpoint_and_an_enabled_one_reaches_its_own_again(string user)
    {
        var cases = RoleAccessTests.Cases().Select(c => ((string)c[0], (string)c[1], (string?)c[2], (string?)c[3], (int)c[4]))
            .Where(c => c.Item4 == user).ToArray();
        var client = await _server.SignedInAsync(user);
        await Store.SetDisabledAsync(user, true, "admin");
        foreach (var (method, path, body, _, _) in cases)
            Assert.True(await StatusAsync(client, user, method, path, body) == 401, $"{method} {path} as disabled {user}");
        await Store.SetDisabledAsync(user, false, "admin");
        var again = await _server.SignedInAsync(user);
        foreach (var (method, path, body, _, expected) in cases.Where(c => c.Item1 == "GET"))
            Assert.True(await StatusAsync(again, user, method, path, body) == expected, $"{method} {path} as re-enabled {user}");
    }

    [Fact]
    public async Task A_locked_account_signs_in_again_once_unlocked()
    {
        var anonymous = _server.Anonymous();
        for (var i = 0; i < LoginService.MaxFailures; i++)
            await anonymous.PostAsJsonAsync("/api/login", new { username = "adj", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/login", new { username = "adj", password = WorkstationServer.Password })).StatusCode);
        await Store.UnlockAsync("adj", "admin");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/login", new { username = "adj", password = WorkstationServer.Password })).StatusCode);
    }

    [Fact]
    public async Task Forty_parallel_wrong_passwords_are_checked_at_most_five_times()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            _server.Anonymous().PostAsJsonAsync("/api/login", new { username = "R2", password = "wrong password" })));
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        var audit = await Store.ReadAuditAsync();
        // Only the attempts the database let through reach a password check (audited as "wrong password").
        Assert.Equal(LoginService.MaxFailures, audit.Count(e => e.Action == AuditActions.LoginFailed && e.Subject == "R2" && e.After!.Contains("wrong password", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Anonymous().PostAsJsonAsync("/api/login", new { username = "R2", password = WorkstationServer.Password })).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Mibg.Web.Hosting;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Security;

/// <summary>
/// Plain HTTP only on loopback unless the operator says so; the session cookie is Secure whenever a network is
/// crossed (docs/security.md, "Transport").
/// </summary>
public sealed class ListenPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", false, true)]
    [InlineData("http://localhost:5080", false, true)]
    [InlineData("http://[::1]:5080", false, true)]
    [InlineData("http://127.0.0.2:5080", false, true)]       // all of 127/8 is loopback
    [InlineData("https://0.0.0.0:8443", false, true)]
    [InlineData("http://0.0.0.0:8080", false, false)]
    [InlineData("http://*:8080", false, false)]
    [InlineData("http://+:8080", false, false)]
    [InlineData("http://[::]:8080", false, false)]
    [InlineData("http://192.168.1.20:8080", false, false)]
    [InlineData("http://localhost.example.org:8080", false, false)] // a name that merely starts like localhost
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:8080", false, false)] // one entry beyond loopback is enough
    [InlineData("http://0.0.0.0:8080", true, true)]            // the operator said so explicitly
    [InlineData("ftp://127.0.0.1:21", true, false)]
    [InlineData("127.0.0.1:5080", false, false)]
    public void Plain_HTTP_is_served_on_loopback_only_unless_allowed(string urls, bool allowPlainHttp, bool allowed)
    {
        var problem = ListenPolicy.ProblemWith(urls, allowPlainHttp);
        Assert.Equal(allowed, problem is null);
        if (problem is not null) Assert.StartsWith("--urls:", problem);
    }

    [Fact]
    public void The_host_refuses_to_start_on_plain_HTTP_beyond_loopback()
    {
        var folder = Directory.CreateTempSubdirectory("mibg-listen-").FullName;
        try
        {
            var e = Assert.Throws<WorkstationConfigurationException>(() =>
                WorkstationHost.Build(["--store", Path.Combine(folder, "s.db"), "--urls", "http://0.0.0.0:0"]));
            Assert.Contains("--allow-plain-http", e.Message);
            Assert.False(File.Exists(Path.Combine(folder, "s.db"))); // refused before anything was opened or created
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Beyond_loopback_the_session_cookie_is_Secure()
    {
        // Allowed explicitly (as behind a TLS proxy): the cookie is Secure, so a browser only returns it over HTTPS.
        await using var server = await WorkstationServer.StartAsync(urls: "http://0.0.0.0:0", allowPlainHttp: true);
        var c = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.BaseAddress.Port}") };
        var login = await c.PostAsJsonAsync("/api/login", new { username = "R1", password = WorkstationServer.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith(WorkstationHost.SessionCookie, StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>No secret in banners or messages: the store is described without its password.</summary>
public sealed class StoreDescriptionTests
{
    [Theory]
    [InlineData("Host=db.example.org;Port=5433;Database=mibg;Username=reader;Password=hunter2-secret", "PostgreSQL store db.example.org:5433/mibg as reader")]
    [InlineData("Server=db;Database=mibg;User Id=u;Password=hunter2-secret;SSL Mode=Require", "PostgreSQL store db:5432/mibg as u")]
    public void The_PostgreSQL_password_never_appears(string store, string expected)
    {
        var text = WorkstationSettings.Describe(store);
        Assert.Equal(expected, text);
        Assert.DoesNotContain("hunter2", text);
    }

    [Theory]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]          // a rebound name: refused before any page
    [InlineData("attacker.example:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task On_loopback_only_loopback_host_names_are_answered_against_DNS_rebinding(string host, HttpStatusCode expected)
    {
        await using var server = await WorkstationServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Host = host;
        using var response = await server.Anonymous().SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        // and the API too: a rebound page cannot even try passwords
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/login") { Content = WorkstationServer.Json("{\"username\": \"R1\", \"password\": \"x\"}") };
        login.Headers.Host = host;
        using var loginResponse = await server.Anonymous().SendAsync(login);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Unauthorized : HttpStatusCode.BadRequest, loginResponse.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1,localhost,[::1]")]
    [InlineData("http://127.0.0.2:5080", "127.0.0.1,localhost,[::1],127.0.0.2")]
    [InlineData("https://reading.hospital.example:8443", "reading.hospital.example")]
    [InlineData("https://0.0.0.0:8443", "*")]
    public void The_answered_host_names_follow_the_addresses_served(string urls, string hosts) =>
        Assert.Equal(hosts.Split(','), ListenPolicy.AllowedHosts(urls).Distinct());
}

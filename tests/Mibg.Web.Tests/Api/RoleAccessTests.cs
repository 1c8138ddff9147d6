using System.Net;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Api;

/// <summary>
/// Every role × endpoint of the JSON API: allowed (with the status the design gives) or refused (401 without a
/// session, 403 for the wrong role). Only calls that change nothing run on the shared server; the successful
/// writes are in <see cref="ReadApiTests"/>.
/// </summary>
public sealed class RoleAccessTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly string ValidRead = WorkstationServer.ReadJson([0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    private static readonly string ValidAmendment = WorkstationServer.ReadJson([0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0], reason: "second look");
    private static readonly string ValidConsensus = WorkstationServer.ReadJson([0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0], reason: "agreed", basedOn: WorkstationServer.FirstReads);
    private const string ValidAgreed = "{\"based_on\": {\"R1\": 1, \"R2\": 1}}";

    // (method, path, body, user (null = no session), expected status)
    public static TheoryData<string, string, string?, string?, int> Cases()
    {
        var d = new TheoryData<string, string, string?, string?, int>();
        void Add(string method, string path, string? body, params (string? User, int Status)[] expected)
        {
            foreach (var (user, status) in expected) d.Add(method, path, body, user, status);
        }
        Add("GET", "/api/worklist", null, (null, 401), ("R1", 200), ("adj", 200), ("admin", 403), ("analyst", 403));
        Add("GET", "/api/scans/{S1}/reads", null, (null, 401), ("R1", 200), ("adj", 409), ("admin", 403), ("analyst", 403));
        Add("POST", "/api/scans/{S1}/reads", ValidRead, (null, 401), ("adj", 403), ("admin", 403), ("analyst", 403));
        Add("PUT", "/api/scans/{S1}/reads", ValidAmendment, (null, 401), ("R1", 409), ("adj", 403), ("admin", 403), ("analyst", 403));
        Add("POST", "/api/scans/{S1}/reads/final", "{}", (null, 401), ("R1", 409), ("adj", 403), ("admin", 403), ("analyst", 403));
        Add("POST", "/api/scans/{S1}/consensus", ValidConsensus, (null, 401), ("R1", 403), ("adj", 409), ("admin", 403), ("analyst", 403));
        Add("POST", "/api/scans/{S1}/consensus/agreed", ValidAgreed, (null, 401), ("R1", 403), ("adj", 409), ("admin", 403), ("analyst", 403));
        Add("GET", "/api/discrepancies", null, (null, 401), ("R1", 403), ("adj", 200), ("admin", 403), ("analyst", 403));
        Add("GET", "/api/audit", null, (null, 401), ("R1", 403), ("adj", 403), ("admin", 200), ("analyst", 403));
        Add("PUT", "/api/scans/S1/assignment", "{\"readers\": [\"nobody\"]}", (null, 401), ("R1", 403), ("adj", 403), ("admin", 400), ("analyst", 403));
        Add("GET", "/scans/{S1}/image", null, (null, 401), ("R1", 200), ("adj", 200), ("admin", 403), ("analyst", 403));
        return d;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_reaches_only_its_endpoints(string method, string path, string? body, string? user, int expected)
    {
        var client = await fixture.ClientAsync(user);
        // Readers and adjudicators name a scan by their own code; the others get the code of R1 (refused anyway).
        path = path.Replace("{S1}", fixture.Server.Code(user ?? "R1", "S1"), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = WorkstationServer.Json(body);
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode == expected,
            $"{method} {path} as {user ?? "anonymous"}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("/worklist", "R1", HttpStatusCode.OK)]
    [InlineData("/worklist", "adj", HttpStatusCode.Redirect)]
    [InlineData("/adjudication", "adj", HttpStatusCode.OK)]
    [InlineData("/adjudication", "R1", HttpStatusCode.Redirect)]
    [InlineData("/audit", "admin", HttpStatusCode.OK)]
    [InlineData("/audit", "analyst", HttpStatusCode.Redirect)]
    [InlineData("/agreement", "analyst", HttpStatusCode.OK)]
    [InlineData("/agreement", "admin", HttpStatusCode.OK)]
    [InlineData("/agreement", "R1", HttpStatusCode.Redirect)]
    [InlineData("/score/{S1}", "R1", HttpStatusCode.OK)]
    [InlineData("/score/{S1}", "adj", HttpStatusCode.Redirect)]
    [InlineData("/adjudicate/{S1}", "adj", HttpStatusCode.OK)]
    [InlineData("/worklist", null, HttpStatusCode.Redirect)]
    [InlineData("/assignments", "admin", HttpStatusCode.OK)]
    [InlineData("/assignments", "R1", HttpStatusCode.Redirect)]
    public async Task Pages_are_reached_by_their_roles_only(string path, string? user, HttpStatusCode expected)
    {
        var client = await fixture.ClientAsync(user);
        path = path.Replace("{S1}", fixture.Server.Code(user ?? "R1", "S1"), StringComparison.Ordinal);
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.StartsWith(user is null ? "/login" : "/denied", response.Headers.Location!.PathAndQuery);
    }
}

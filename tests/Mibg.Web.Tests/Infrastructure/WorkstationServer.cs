using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Web.Tests.Infrastructure;

/// <summary>
/// The workstation running in-process on a free loopback port (real Kestrel), on a store holding
/// <see cref="DemoStudy"/> and the accounts R1, R2 (readers), adj (adjudicator), admin, analyst.
/// </summary>
public sealed class WorkstationServer : IAsyncDisposable
{
    /// <summary>The password of every test account.</summary>
    public const string Password = "correct horse battery";

    public static readonly (string Name, WorkstationRole Role)[] Accounts =
    [
        ("R1", WorkstationRole.Reader), ("R2", WorkstationRole.Reader), ("adj", WorkstationRole.Adjudicator),
        ("admin", WorkstationRole.Admin), ("analyst", WorkstationRole.Analyst),
    ];

    private readonly WebApplication _app;

    private WorkstationServer(WebApplication app, string store, string folder)
    {
        _app = app;
        Store = store;
        Folder = folder;
        BaseAddress = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The store spec (SQLite path or PostgreSQL connection string).</summary>
    public string Store { get; }

    /// <summary>How the tests open the server's store: its audit folder is the server's (<c>--audit-dir</c>).</summary>
    public StoreOptions StoreOptions => new() { AuditDirectory = Path.Combine(Folder, "audit") };

    /// <summary>The server's store, opened as another process would (same audit folder).</summary>
    public IStudyStore OpenStore() => StudyStores.Open(Store, StoreOptions);

    /// <summary>The server's store as a workstation store, opened as another process would.</summary>
    public Task<IWorkstationStore> OpenWorkstationAsync() => WorkstationStores.OpenAsync(Store, StoreOptions);

    /// <summary>The temporary folder of the store and the images.</summary>
    public string Folder { get; }

    /// <summary>The running application (its services).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server on a new SQLite store (or on <paramref name="postgresConnectionString"/>).</summary>
    public static async Task<WorkstationServer> StartAsync(string? postgresConnectionString = null, StudyData? study = null,
        IEnumerable<(string, WorkstationRole)>? extraAccounts = null, string urls = "http://127.0.0.1:0", bool allowPlainHttp = false, string? planFile = null,
        TimeProvider? clock = null)
    {
        var folder = Directory.CreateTempSubdirectory("mibg-web-").FullName;
        var images = Path.Combine(folder, "images");
        Directory.CreateDirectory(Path.Combine(images, "p1"));
        var png = TestImages.WholeBodyPng();
        await File.WriteAllBytesAsync(Path.Combine(images, "p1", "s1.png"), png);
        await File.WriteAllBytesAsync(Path.Combine(images, "p1", "s2.png"), png);
        await File.WriteAllBytesAsync(Path.Combine(folder, "outside.png"), png); // outside the image folder
        var store = postgresConnectionString ?? Path.Combine(folder, "study.db");
        // The audit key and anchor in the test's own folder (never the user's ~/.config/mibg/audit).
        var options = new StoreOptions { AuditDirectory = Path.Combine(folder, "audit") };
        await using (var s = StudyStores.Open(store, options))
            await s.ImportAsync(study ?? DemoStudy.Create());
        await using (var ws = await WorkstationStores.OpenAsync(store, options))
        {
            var hash = PasswordHashing.Hash(Password);
            foreach (var (name, role) in Accounts.Concat(extraAccounts ?? []))
                await ws.AddUserAsync(new WorkstationUser { Name = name, Role = role, PasswordHash = hash }, "test");
            // The study's readers are a defined set: here every reader account made above.
            await ws.SetStudyReadersAsync([.. Accounts.Concat(extraAccounts ?? []).Where(a => a.Item2 == WorkstationRole.Reader).Select(a => a.Item1)], "test");
        }
        string[] args = ["--store", store, "--urls", urls, "--images", images, "--blinding-key", Path.Combine(folder, "blinding.key"),
            "--audit-dir", options.AuditDirectory,
            .. allowPlainHttp ? ["--allow-plain-http", "true"] : Array.Empty<string>(),
            .. planFile is null ? Array.Empty<string>() : ["--plan", planFile]];
        var app = WorkstationHost.Build(args, clock: clock);
        await app.StartAsync();
        return new WorkstationServer(app, store, folder);
    }

    /// <summary>The code under which <paramref name="account"/> sees the scan <paramref name="scanId"/>.</summary>
    public string Code(string account, string scanId) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Mibg.Web.Blinding.ScanCodes>(Services).CodeOf(account, scanId);

    /// <summary><c>/api/scans/{code}/{rest}</c> for <paramref name="account"/>'s code of <paramref name="scanId"/>.</summary>
    public string Api(string account, string scanId, string rest = "reads") => $"/api/scans/{Code(account, scanId)}/{rest}";

    /// <summary>A client with its own cookie jar (a browser of its own), not signed in.</summary>
    public HttpClient Anonymous() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in through <c>POST /api/login</c>, sending the CSRF header on writes.</summary>
    public async Task<HttpClient> SignedInAsync(string name)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/login", new { username = name, password = Password });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"login of {name} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        client.DefaultRequestHeaders.Add(ApiRequestGuard.HeaderName, ApiRequestGuard.HeaderValue);
        return client;
    }

    /// <summary>The JSON body of a read with the given 12 scores in published order.</summary>
    public static string ReadJson(int[] scores, string? comment = null, string? reason = null, int? softTissue = null,
        IReadOnlyDictionary<string, int>? basedOn = null, int? version = null, bool? final = null)
    {
        var siopen = string.Join(", ", Mibg.Core.Scoring.SiopenSegments.All.Select((s, i) => $"\"{s.Code}\": {scores[i]}"));
        var sb = new StringBuilder("{\"siopen\": {").Append(siopen).Append('}');
        if (softTissue is { } st) sb.Append(", \"soft_tissue\": ").Append(st);
        if (comment is not null) sb.Append(", \"comment\": ").Append(System.Text.Json.JsonSerializer.Serialize(comment));
        if (reason is not null) sb.Append(", \"reason\": ").Append(System.Text.Json.JsonSerializer.Serialize(reason));
        if (basedOn is not null) sb.Append(", \"based_on\": ").Append(System.Text.Json.JsonSerializer.Serialize(basedOn));
        if (version is { } v) sb.Append(", \"version\": ").Append(v);
        if (final is { } f) sb.Append(", \"final\": ").Append(f ? "true" : "false");
        return sb.Append('}').ToString();
    }

    /// <summary>The versions of R1's and R2's first reads: what a consensus made right after both submitted is based on.</summary>
    public static readonly IReadOnlyDictionary<string, int> FirstReads = new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 1 };

    /// <summary>JSON content.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

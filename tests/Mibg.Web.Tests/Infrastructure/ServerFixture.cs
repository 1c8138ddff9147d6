namespace Mibg.Web.Tests.Infrastructure;

/// <summary>One workstation server shared by the tests of a class that do not change what the others see.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public WorkstationServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WorkstationServer.StartAsync();

    /// <summary>A signed-in client of <paramref name="name"/> (or an anonymous one for null), created once.</summary>
    public async Task<HttpClient> ClientAsync(string? name)
    {
        await _gate.WaitAsync();
        try
        {
            var key = name ?? "";
            if (!_clients.TryGetValue(key, out var c))
            {
                c = name is null ? Server.Anonymous() : await Server.SignedInAsync(name);
                if (name is null) c.DefaultRequestHeaders.Add(Mibg.Web.Security.ApiRequestGuard.HeaderName, Mibg.Web.Security.ApiRequestGuard.HeaderValue);
                _clients[key] = c;
            }
            return c;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var c in _clients.Values) c.Dispose();
        await Server.DisposeAsync();
    }
}

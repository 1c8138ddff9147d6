using Mibg.Storage;
using Mibg.Storage.Postgres;

namespace Mibg.Web.Reading;

/// <summary>
/// The study store shared by all requests. The embedded SQLite store holds one connection, which is not
/// thread-safe, so its calls are taken one at a time; the PostgreSQL store runs them in parallel.
/// </summary>
public sealed class StudyAccess(IStudyStore store) : IAsyncDisposable
{
    private readonly SemaphoreSlim? _gate = store is PostgresStudyStore ? null : new SemaphoreSlim(1, 1);

    /// <summary>A description of the store for messages.</summary>
    public string Description => store.Description;

    /// <summary>Runs <paramref name="work"/> on the store.</summary>
    public async Task<T> UseAsync<T>(Func<IStudyStore, Task<T>> work, CancellationToken ct = default)
    {
        if (_gate is null) return await work(store);
        await _gate.WaitAsync(ct);
        try
        {
            return await work(store);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on the store.</summary>
    public Task UseAsync(Func<IStudyStore, Task> work, CancellationToken ct = default) =>
        UseAsync(async s => { await work(s); return true; }, ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        _gate?.Dispose();
    }
}

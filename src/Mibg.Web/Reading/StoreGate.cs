using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

/// <summary>
/// One-at-a-time access to an embedded SQLite store file. SQLite allows one writer per file; when the study
/// store's connection and the workstation tables' connections of this process wait on each other's file locks,
/// SQLite's busy handler sleeps and throughput collapses. Taking turns in memory avoids that. PostgreSQL needs
/// no gate (<see cref="None"/>).
/// </summary>
public sealed class StoreGate
{
    private readonly SemaphoreSlim? _semaphore;

    private StoreGate(bool serialise) => _semaphore = serialise ? new SemaphoreSlim(1, 1) : null;

    /// <summary>A gate that lets everything through (PostgreSQL).</summary>
    public static StoreGate None { get; } = new(false);

    /// <summary>The gate for a store spec: one at a time for a SQLite file, none for PostgreSQL.</summary>
    public static StoreGate For(string storeSpec) => WorkstationStores.IsPostgres(storeSpec) ? None : new StoreGate(true);

    /// <summary>Runs <paramref name="work"/> when it is its turn.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct = default)
    {
        if (_semaphore is null) return await work();
        await _semaphore.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            _semaphore.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> when it is its turn.</summary>
    public Task RunAsync(Func<Task> work, CancellationToken ct = default) =>
        RunAsync(async () => { await work(); return true; }, ct);
}

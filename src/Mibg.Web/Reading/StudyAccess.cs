using Mibg.Storage;

namespace Mibg.Web.Reading;

/// <summary>
/// The study store shared by all requests, behind the store's <see cref="StoreGate"/> (the embedded SQLite
/// store holds one connection, which is not thread-safe; the PostgreSQL store runs calls in parallel).
/// </summary>
public sealed class StudyAccess(IStudyStore store, StoreGate gate) : IAsyncDisposable
{
    /// <summary>A description of the store for messages.</summary>
    public string Description => store.Description;

    /// <summary>Runs <paramref name="work"/> on the store.</summary>
    public Task<T> UseAsync<T>(Func<IStudyStore, Task<T>> work, CancellationToken ct = default) =>
        gate.RunAsync(() => work(store), ct);

    /// <summary>Runs <paramref name="work"/> on the store.</summary>
    public Task UseAsync(Func<IStudyStore, Task> work, CancellationToken ct = default) =>
        gate.RunAsync(() => work(store), ct);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => store.DisposeAsync();
}

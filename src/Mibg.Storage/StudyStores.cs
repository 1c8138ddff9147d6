using Mibg.Storage.Database;

namespace Mibg.Storage;

/// <summary>Opens the study database named by a store specification (docs/cli.md, <c>--store S</c>).</summary>
public static class StudyStores
{
    /// <summary>The embedded store used when none is named: <c>./mibg.db</c>.</summary>
    public const string DefaultPath = "mibg.db";

    /// <summary>Whether <paramref name="storeSpec"/> is a PostgreSQL connection string (<see cref="StoreSpec"/>).</summary>
    public static bool IsPostgreSql(string storeSpec) => StoreSpec.IsPostgreSql(storeSpec);

    /// <summary>
    /// Opens a store: a PostgreSQL connection string (<c>Host=…</c> or <c>Server=…</c>) or else the path of an
    /// embedded SQLite file (created with mode 0600 when missing). The schema is created or migrated to
    /// <see cref="StoreSchema.CurrentVersion"/> on open. The object is also the store's
    /// <see cref="Workstation.IWorkstationStore"/>.
    /// </summary>
    /// <param name="storeSpec">A file path or a connection string like <c>Host=localhost;Database=mibg</c>.</param>
    /// <param name="createIfMissing">When false, a missing SQLite file is an error instead of a new empty store.</param>
    /// <exception cref="StudyStoreException">The store cannot be opened; the message says why and what to do (never a password).</exception>
    public static IStudyStore Open(string storeSpec, bool createIfMissing = true) =>
        Open(storeSpec, StoreOptions.Default with { CreateIfMissing = createIfMissing });

    /// <summary>Opens a store with <paramref name="options"/> (audit folder, clock).</summary>
    public static IStudyStore Open(string storeSpec, StoreOptions options) =>
        OpenAsync(storeSpec, options).GetAwaiter().GetResult();

    /// <summary>Opens a store with <paramref name="options"/> (audit folder, clock).</summary>
    public static async Task<IStudyStore> OpenAsync(string storeSpec, StoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return await StudyDatabase.OpenAsync(StoreSpec.Parse(storeSpec), options, cancellationToken);
    }
}

namespace Mibg.Storage.Workstation;

/// <summary>Opens the workstation side of a study database given as on the command line (<c>--store S</c>).</summary>
public static class WorkstationStores
{
    /// <summary>Whether a store spec names a PostgreSQL server rather than a SQLite file (<see cref="StoreSpec"/>).</summary>
    public static bool IsPostgres(string spec) => StoreSpec.IsPostgreSql(spec);

    /// <summary>
    /// Opens the study database (the same object is its <see cref="IStudyStore"/>): a SQLite store file for a path
    /// (created when absent), PostgreSQL for a connection string. Migrates the schema.
    /// </summary>
    /// <exception cref="StudyStoreException">The store cannot be opened.</exception>
    public static async Task<IWorkstationStore> OpenAsync(string spec, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        (IWorkstationStore)await StudyStores.OpenAsync(spec, StoreOptions.Default with { Clock = clock ?? TimeProvider.System }, cancellationToken);

    /// <summary>Opens the study database with <paramref name="options"/>.</summary>
    public static async Task<IWorkstationStore> OpenAsync(string spec, StoreOptions options, CancellationToken cancellationToken = default) =>
        (IWorkstationStore)await StudyStores.OpenAsync(spec, options, cancellationToken);
}

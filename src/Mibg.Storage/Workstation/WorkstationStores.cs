using Mibg.Storage.Postgres;

namespace Mibg.Storage.Workstation;

/// <summary>Opens the workstation tables of a store given as on the command line (<c>--store S</c>).</summary>
public static class WorkstationStores
{
    /// <summary>Whether a store spec names a PostgreSQL server (a connection string with <c>Host=</c>) rather than a SQLite file.</summary>
    public static bool IsPostgres(string spec) =>
        spec.Contains("Host=", StringComparison.OrdinalIgnoreCase) || spec.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens the workstation tables: a SQLite store file for a path (created when absent), PostgreSQL for a
    /// connection string (<c>Host=…;Database=…;Username=…</c>). Migrates the schema.
    /// </summary>
    public static async Task<IWorkstationStore> OpenAsync(string spec, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(spec))
            throw new WorkstationStoreException("--store is empty: give a store file path or a PostgreSQL connection string (Host=…)");
        if (IsPostgres(spec)) return await PostgresWorkstationStore.OpenAsync(spec, clock, cancellationToken);
        // A new file becomes a study store first, so it is one the study layer recognises later.
        if (!File.Exists(spec))
            await using (StudyStores.Open(spec)) { }
        return await SqliteWorkstationStore.OpenAsync(spec, clock, cancellationToken);
    }
}

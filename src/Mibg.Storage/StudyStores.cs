using Mibg.Storage.Sqlite;

namespace Mibg.Storage;

/// <summary>Opens the store named by a store specification (design/cli.md, <c>--store S</c>).</summary>
public static class StudyStores
{
    /// <summary>The embedded store used when none is named: <c>./mibg.db</c>.</summary>
    public const string DefaultPath = "mibg.db";

    /// <summary>Whether <paramref name="storeSpec"/> is a PostgreSQL connection string (it contains <c>Host=</c>).</summary>
    public static bool IsPostgreSql(string storeSpec) =>
        storeSpec.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens a store: a PostgreSQL connection string (containing <c>Host=</c>) or else the path of an embedded
    /// SQLite file. The schema is created or migrated to <see cref="StudySchema.CurrentVersion"/> on open.
    /// </summary>
    /// <param name="storeSpec">A file path or a connection string like <c>Host=localhost;Database=mibg</c>.</param>
    /// <param name="createIfMissing">When false, a missing SQLite file is an error instead of a new empty store.</param>
    /// <exception cref="StudyStoreException">The store cannot be opened; the message says why and what to do.</exception>
    public static IStudyStore Open(string storeSpec, bool createIfMissing = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeSpec);
        if (IsPostgreSql(storeSpec))
            return OpenPostgreSql(storeSpec);
        return SqliteStudyStore.Open(storeSpec, createIfMissing);
    }

    /// <summary>The PostgreSQL store (<see cref="Postgres.PostgresStudyStore"/>).</summary>
    private static IStudyStore OpenPostgreSql(string connectionString)
    {
        return Postgres.PostgresStudyStore.Open(connectionString);
    }
}

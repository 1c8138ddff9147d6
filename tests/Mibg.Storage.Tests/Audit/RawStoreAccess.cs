using System.Data.Common;

namespace Mibg.Storage.Tests.Audit;

/// <summary>
/// What an attacker who can write the store uses in the audit contract tests: a raw connection that bypasses mibg, and
/// the SQL that drops every guard trigger of the schema. One place per database, so a new trigger is added once.
/// </summary>
internal static class RawStoreAccess
{
    /// <summary>Drops every guard trigger of the SQLite schema.</summary>
    public const string SqliteDropGuardsSql =
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER reads_version_steps; DROP TRIGGER reads_frozen_after_consensus; DROP TRIGGER reads_final_stays_final;";

    /// <summary>Drops every guard trigger of the PostgreSQL schema (as the tables' owner).</summary>
    public const string PostgresDropGuardsSql =
        "DROP TRIGGER audit_log_no_change ON audit_log; DROP TRIGGER audit_log_no_truncate ON audit_log; DROP TRIGGER reads_guard ON reads;";

    /// <summary>An open SQLite connection to the store file, unpooled so the file can be deleted afterwards.</summary>
    public static async Task<DbConnection> OpenSqliteAsync(string path)
    {
        var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false");
        await c.OpenAsync();
        return c;
    }

    /// <summary>An open PostgreSQL connection with the store's connection string.</summary>
    public static async Task<DbConnection> OpenPostgresAsync(string connectionString)
    {
        var c = new Npgsql.NpgsqlConnection(connectionString);
        await c.OpenAsync();
        return c;
    }
}

namespace Mibg.Storage.Workstation;

/// <summary>
/// Schema migrations of the workstation tables, in order; version n is the n-th script. The SQL is the
/// common subset of SQLite and PostgreSQL; times are ISO 8601 UTC text (what the audit hash covers).
/// </summary>
internal static class WorkstationSchema
{
    public const string VersionTable = "workstation_schema";

    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE workstation_users (
            name text PRIMARY KEY,
            role text NOT NULL,
            password_hash text NOT NULL,
            failed_logins integer NOT NULL DEFAULT 0,
            locked_until text
        );
        CREATE TABLE workstation_assignments (
            scan_id text NOT NULL,
            reader text NOT NULL,
            PRIMARY KEY (scan_id, reader)
        );
        CREATE TABLE audit_log (
            seq bigint PRIMARY KEY,
            at text NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            subject text NOT NULL,
            before_state text,
            after_state text,
            previous_hash text NOT NULL,
            hash text NOT NULL
        );
        """,
    ];
}

using System.Text;
using Mibg.Core.Scoring;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Database;

/// <summary>
/// One migration: SQL for both databases, then what only SQLite or only PostgreSQL needs (triggers).
/// </summary>
/// <param name="Common">Runs on both (the common subset: TEXT, INTEGER, CHECK, composite keys).</param>
/// <param name="Sqlite">Runs after <paramref name="Common"/> on SQLite only; empty when none.</param>
/// <param name="Postgres">Runs after <paramref name="Common"/> on PostgreSQL only; empty when none.</param>
public sealed record Migration(string Common, string Sqlite = "", string Postgres = "");

/// <summary>
/// The schema of the study database, SQLite and PostgreSQL alike, as one list of numbered migrations (the
/// study tables, the workstation tables, versions, sessions…). SQL column names are the data-dictionary column
/// names (<see cref="StudyColumns"/>); every study table has a <c>row_order</c> (import order, so an export
/// reproduces the input) and an <c>extra</c> column holding the unknown columns as a JSON object. Dates are ISO
/// <c>YYYY-MM-DD</c> text, times ISO 8601 UTC text. A new table or column is a new migration appended here.
/// </summary>
public static class StoreSchema
{
    /// <summary>Migrations in order: migration <c>i</c> (0-based) takes the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = [new(Version1()), new(Version2()), Workstation(), Concurrency(), Finalisation()];

    /// <summary>The schema version this build of mibg writes and reads.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>The table recording the schema version (one row per applied migration).</summary>
    public const string VersionTableSql =
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

    private static string Version1()
    {
        var sql = new StringBuilder();
        sql.AppendLine("""
            CREATE TABLE patients (
              row_order INTEGER NOT NULL,
              patient_id TEXT NOT NULL PRIMARY KEY,
              center TEXT, sex TEXT CHECK (sex IN ('M','F')),
              age_at_diagnosis_days INTEGER NOT NULL CHECK (age_at_diagnosis_days >= 0),
              diagnosis_date TEXT NOT NULL, inrg_stage TEXT NOT NULL, inss_stage TEXT, mycn TEXT,
              bone_marrow_at_diagnosis TEXT, induction_regimen TEXT, induction_end_date TEXT, hdc_date TEXT,
              hdc_regimen TEXT, radiotherapy_date TEXT, maintenance_start_date TEXT, end_of_treatment_date TEXT,
              anti_gd2 TEXT, last_contact_date TEXT NOT NULL, vital_status TEXT NOT NULL CHECK (vital_status IN ('alive','dead')),
              death_date TEXT,
              extra TEXT NOT NULL DEFAULT '{}');
            CREATE TABLE scans (
              row_order INTEGER NOT NULL,
              scan_id TEXT NOT NULL PRIMARY KEY,
              patient_id TEXT NOT NULL REFERENCES patients (patient_id),
              scan_date TEXT NOT NULL, timepoint TEXT, tracer TEXT, spect TEXT, image TEXT,
              extra TEXT NOT NULL DEFAULT '{}');
            CREATE INDEX scans_patient ON scans (patient_id);
            """);
        sql.AppendLine("CREATE TABLE reads (");
        sql.AppendLine("  row_order INTEGER NOT NULL,");
        sql.AppendLine("  scan_id TEXT NOT NULL REFERENCES scans (scan_id),");
        sql.AppendLine("  reader TEXT NOT NULL, read_date TEXT,");
        foreach (var c in StudyColumns.SiopenColumns)
            sql.AppendLine($"  {c} INTEGER NOT NULL CHECK ({c} BETWEEN 0 AND {SiopenScore.MaxSegmentScore}),");
        sql.AppendLine("  soft_tissue INTEGER CHECK (soft_tissue >= 0),");
        foreach (var c in StudyColumns.CurieColumns)
            sql.AppendLine($"  {c} INTEGER CHECK ({c} BETWEEN 0 AND {CurieScore.MaxRegionScore}),");
        sql.AppendLine("  comment TEXT,");
        sql.AppendLine("  extra TEXT NOT NULL DEFAULT '{}',");
        sql.AppendLine("  PRIMARY KEY (scan_id, reader));");
        sql.AppendLine("""
            CREATE TABLE events (
              row_order INTEGER NOT NULL,
              patient_id TEXT NOT NULL REFERENCES patients (patient_id),
              event_date TEXT NOT NULL,
              event_type TEXT NOT NULL CHECK (event_type IN ('progression','relapse','second_malignancy','death')),
              sites TEXT, comment TEXT,
              extra TEXT NOT NULL DEFAULT '{}');
            CREATE INDEX events_patient ON events (patient_id);
            CREATE TABLE extra_columns (
              table_name TEXT NOT NULL,
              position INTEGER NOT NULL,
              column_name TEXT NOT NULL,
              PRIMARY KEY (table_name, position));
            """);
        return sql.ToString();
    }

    /// <summary>
    /// Version 2: tumour biology on <c>patients</c> and the optional <c>radiotherapy</c> and <c>assessments</c> tables
    /// (docs/data-dictionary.md). An existing store gains empty columns and tables; its rows are unchanged.
    /// Decimal measurements are TEXT holding the number's shortest invariant form, so a round trip keeps it exactly.
    /// </summary>
    private static string Version2() => $$"""
        ALTER TABLE patients ADD COLUMN chr_11q TEXT CHECK (chr_11q IN ('loss','no_loss','unknown'));
        ALTER TABLE patients ADD COLUMN chr_1p TEXT CHECK (chr_1p IN ('loss','no_loss','unknown'));
        ALTER TABLE patients ADD COLUMN alk TEXT CHECK (alk IN ('mutated','amplified','wild_type','unknown'));
        ALTER TABLE patients ADD COLUMN histology TEXT CHECK (histology IN ('favourable','unfavourable'));
        ALTER TABLE patients ADD COLUMN primary_site TEXT;
        ALTER TABLE patients ADD COLUMN ldh_u_per_l TEXT;
        CREATE TABLE radiotherapy (
          row_order INTEGER NOT NULL,
          patient_id TEXT NOT NULL REFERENCES patients (patient_id),
          start_date TEXT NOT NULL, end_date TEXT,
          target TEXT NOT NULL CHECK (target IN ('primary','metastasis')),
          sites TEXT, dose_gy TEXT,
          fractions INTEGER CHECK (fractions BETWEEN 1 AND {{Mibg.Core.Study.RadiotherapyCourse.MaxFractions}}),
          comment TEXT,
          extra TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX radiotherapy_patient ON radiotherapy (patient_id);
        CREATE TABLE assessments (
          row_order INTEGER NOT NULL,
          patient_id TEXT NOT NULL REFERENCES patients (patient_id),
          assessment_date TEXT NOT NULL, timepoint TEXT,
          primary_longest_diameter_mm TEXT, primary_mibg_avid TEXT CHECK (primary_mibg_avid IN ('yes','no')),
          marrow_tumour_percent TEXT, soft_tissue_metastases_sum_mm TEXT, comment TEXT,
          extra TEXT NOT NULL DEFAULT '{}',
          UNIQUE (patient_id, assessment_date));
        """;

    /// <summary>
    /// Version 3: the workstation tables: accounts, reader assignments, the append-only audit log. Stores made
    /// before the two stores became one may already hold them (recorded in <c>workstation_schema</c>), hence IF NOT EXISTS.
    /// </summary>
    private static Migration Workstation() => new(
        """
        CREATE TABLE IF NOT EXISTS workstation_users (
          name TEXT PRIMARY KEY,
          role TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          failed_logins INTEGER NOT NULL DEFAULT 0,
          locked_until TEXT);
        CREATE TABLE IF NOT EXISTS workstation_assignments (
          scan_id TEXT NOT NULL,
          reader TEXT NOT NULL,
          PRIMARY KEY (scan_id, reader));
        CREATE TABLE IF NOT EXISTS audit_log (
          seq BIGINT PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          subject TEXT NOT NULL,
          before_state TEXT,
          after_state TEXT,
          previous_hash TEXT NOT NULL,
          hash TEXT NOT NULL);
        DROP TABLE IF EXISTS workstation_schema;
        """,
        Sqlite: """
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,
        Postgres: """
        CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
        CREATE OR REPLACE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
        """);

    /// <summary>
    /// Version 4: read versions (optimistic concurrency), what each consensus was based on, disabled accounts, the study's
    /// defined set of readers (seeded with the reader accounts of the time), server-side sessions; and guards in the
    /// database itself: a read's version goes up by exactly one on every change, and no read of an adjudicated
    /// scan (nor the consensus itself) changes.
    /// </summary>
    private static Migration Concurrency() => new(
        """
        ALTER TABLE reads ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
        ALTER TABLE workstation_users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
        CREATE TABLE study_readers (reader TEXT PRIMARY KEY);
        INSERT INTO study_readers (reader) SELECT name FROM workstation_users WHERE role = 'reader';
        CREATE TABLE consensus_basis (
          scan_id TEXT NOT NULL,
          reader TEXT NOT NULL,
          version INTEGER NOT NULL,
          PRIMARY KEY (scan_id, reader));
        CREATE TABLE sessions (
          token_hash TEXT PRIMARY KEY,
          account TEXT NOT NULL,
          created_at TEXT NOT NULL,
          last_seen_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          revoked_at TEXT);
        CREATE INDEX sessions_account ON sessions (account);
        """,
        Sqlite: """
        CREATE TRIGGER reads_version_steps BEFORE UPDATE ON reads
          WHEN NEW.version IS NOT OLD.version + 1
          BEGIN SELECT RAISE(ABORT, 'a read changes only with its version raised by one'); END;
        CREATE TRIGGER reads_frozen_after_consensus BEFORE UPDATE ON reads
          WHEN OLD.reader = 'consensus' OR EXISTS (SELECT 1 FROM reads WHERE scan_id = OLD.scan_id AND reader = 'consensus')
          BEGIN SELECT RAISE(ABORT, 'the scan is adjudicated: its reads can no longer change'); END;
        """,
        Postgres: """
        CREATE FUNCTION reads_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
            RAISE EXCEPTION 'a read changes only with its version raised by one';
          END IF;
          IF OLD.reader = 'consensus' OR EXISTS (SELECT 1 FROM reads WHERE scan_id = OLD.scan_id AND reader = 'consensus') THEN
            RAISE EXCEPTION 'the scan is adjudicated: its reads can no longer change';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER reads_guard BEFORE UPDATE ON reads FOR EACH ROW EXECUTE FUNCTION reads_guard();
        """);

    /// <summary>
    /// Version 5: draft and final reads (docs/security.md, "Blinding"). Reads already stored are final. The database
    /// refuses any change to a final read (a draft becomes final once, with its version raised).
    /// </summary>
    private static Migration Finalisation() => new(
        "ALTER TABLE reads ADD COLUMN final INTEGER NOT NULL DEFAULT 1 CHECK (final IN (0, 1));",
        Sqlite: """
        CREATE TRIGGER reads_final_stays_final BEFORE UPDATE ON reads
          WHEN OLD.final = 1
          BEGIN SELECT RAISE(ABORT, 'a final read no longer changes'); END;
        """,
        Postgres: """
        CREATE OR REPLACE FUNCTION reads_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
            RAISE EXCEPTION 'a read changes only with its version raised by one';
          END IF;
          IF OLD.final = 1 THEN
            RAISE EXCEPTION 'a final read no longer changes';
          END IF;
          IF OLD.reader = 'consensus' OR EXISTS (SELECT 1 FROM reads WHERE scan_id = OLD.scan_id AND reader = 'consensus') THEN
            RAISE EXCEPTION 'the scan is adjudicated: its reads can no longer change';
          END IF;
          RETURN NEW;
        END $$;
        """);

    /// <summary>
    /// PostgreSQL: what the application role (<c>mibg serve</c>'s connection) may do, and nothing more
    /// (docs/security.md, "PostgreSQL roles"): read every table; take and amend reads and consensus reads (no
    /// delete); append to the audit log (no update, delete or truncate); open, touch and revoke sessions; count
    /// failed logins (those two columns only: roles, passwords and the disabled flag are the owner's); change scan
    /// assignments. It owns nothing, so it can neither disable nor drop a trigger, alter a table or replace the
    /// guard functions. Imports, migrations and the account and reader-set commands run as the owner.
    /// </summary>
    /// <param name="role">The role, already checked to be a plain identifier and double-quoted.</param>
    public static string ApplicationRoleGrants(string role) =>
        $"""
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role};
        GRANT USAGE ON SCHEMA public TO {role};
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};
        GRANT INSERT, UPDATE ON reads TO {role};
        GRANT INSERT ON consensus_basis, audit_log TO {role};
        GRANT INSERT, UPDATE ON sessions TO {role};
        GRANT UPDATE (failed_logins, locked_until) ON workstation_users TO {role};
        GRANT INSERT, DELETE ON workstation_assignments TO {role};
        """;
}

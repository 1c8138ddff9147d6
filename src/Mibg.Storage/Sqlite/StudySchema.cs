using System.Text;
using Mibg.Core.Scoring;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Sqlite;

/// <summary>
/// The relational schema of a stored study, as numbered migrations. SQL column names are the data-dictionary
/// column names (<see cref="StudyColumns"/>); every table has a <c>row_order</c> (import order, so an export
/// reproduces the input) and an <c>extra</c> column holding the unknown columns as a JSON object.
/// Dates are ISO <c>YYYY-MM-DD</c> text. The SQL is plain enough for PostgreSQL as well (TEXT, INTEGER, CHECK,
/// composite primary keys), so a server store can run the same migrations.
/// </summary>
public static class StudySchema
{
    /// <summary>The schema version this build of mibg writes and reads.</summary>
    public const int CurrentVersion = 2;

    /// <summary>Migrations in order: migration <c>i</c> (0-based) takes the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<string> Migrations { get; } = [Version1(), Version2()];

    /// <summary>The table recording the schema version (one row per applied migration).</summary>
    public const string VersionTableSql =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

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
}

using Mibg.Core.Scoring;

namespace Mibg.Storage.Layout;

/// <summary>
/// The columns of each study table in the order of design/data-dictionary.md. These names are a contract:
/// they are the CSV headers, the sheet headers and the SQL column names of the stores. <c>birth_date</c> is
/// accepted on input only (it is turned into <c>age_at_diagnosis_days</c> and never stored or exported).
/// </summary>
public static class StudyColumns
{
    /// <summary>patients.birth_date: input only.</summary>
    public const string BirthDate = "birth_date";

    /// <summary>Stored and exported columns of <c>patients</c>.</summary>
    public static IReadOnlyList<string> Patients { get; } =
    [
        "patient_id", "center", "sex", "age_at_diagnosis_days", "diagnosis_date", "inrg_stage", "inss_stage", "mycn",
        "bone_marrow_at_diagnosis", "induction_regimen", "induction_end_date", "hdc_date", "hdc_regimen",
        "radiotherapy_date", "maintenance_start_date", "end_of_treatment_date", "anti_gd2", "last_contact_date",
        "vital_status", "death_date", "chr_11q", "chr_1p", "alk", "histology", "primary_site", "ldh_u_per_l",
    ];

    /// <summary>Stored and exported columns of <c>scans</c>.</summary>
    public static IReadOnlyList<string> Scans { get; } =
        ["scan_id", "patient_id", "scan_date", "timepoint", "tracer", "spect", "image"];

    /// <summary>The 12 SIOPEN columns of <c>reads</c>, in the published segment order (from <see cref="SiopenSegments"/>).</summary>
    public static IReadOnlyList<string> SiopenColumns { get; } = SiopenSegments.All.Select(s => s.Column).ToArray();

    /// <summary>The 10 Curie columns of <c>reads</c> (from <see cref="CurieRegions"/>).</summary>
    public static IReadOnlyList<string> CurieColumns { get; } = CurieRegions.All.Select(CurieRegions.Column).ToArray();

    /// <summary>Stored and exported columns of <c>reads</c>.</summary>
    public static IReadOnlyList<string> Reads { get; } =
        ["scan_id", "reader", "read_date", .. SiopenColumns, "soft_tissue", .. CurieColumns, "comment"];

    /// <summary>Stored and exported columns of <c>events</c>.</summary>
    public static IReadOnlyList<string> Events { get; } =
        ["patient_id", "event_date", "event_type", "sites", "comment"];

    /// <summary>Stored and exported columns of <c>radiotherapy</c>.</summary>
    public static IReadOnlyList<string> Radiotherapy { get; } =
        ["patient_id", "start_date", "end_date", "target", "sites", "dose_gy", "fractions", "comment"];

    /// <summary>Stored and exported columns of <c>assessments</c>.</summary>
    public static IReadOnlyList<string> Assessments { get; } =
    [
        "patient_id", "assessment_date", "timepoint", "primary_longest_diameter_mm", "primary_mibg_avid",
        "marrow_tumour_percent", "soft_tissue_metastases_sum_mm", "comment",
    ];

    /// <summary>The stored and exported columns of a table.</summary>
    public static IReadOnlyList<string> Of(string table) => table switch
    {
        StudyTables.Patients => Patients,
        StudyTables.Scans => Scans,
        StudyTables.Reads => Reads,
        StudyTables.Events => Events,
        StudyTables.Radiotherapy => Radiotherapy,
        StudyTables.Assessments => Assessments,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "not a study table"),
    };

    /// <summary>The columns a table accepts on input: the stored ones, plus <c>birth_date</c> for patients.</summary>
    public static IReadOnlyList<string> AcceptedOn(string table) =>
        table == StudyTables.Patients ? [.. Patients, BirthDate] : Of(table);
}

namespace Mibg.Core.Study;

/// <summary>
/// One patient of a study (design/data-dictionary.md, table <c>patients</c>). Pseudonymous: the model has
/// no field for a name, a hospital number or a birth date (a birth date given on import is turned into
/// <see cref="AgeAtDiagnosisDays"/> and dropped).
/// </summary>
public sealed record Patient
{
    /// <summary>Pseudonymous study identifier, unique in the study.</summary>
    public required string PatientId { get; init; }
    /// <summary>Site code, for multi-centre studies.</summary>
    public string? Center { get; init; }
    /// <summary><c>M</c> or <c>F</c>.</summary>
    public string? Sex { get; init; }
    /// <summary>Age at diagnosis in days, ≥ 0.</summary>
    public required int AgeAtDiagnosisDays { get; init; }
    /// <summary>Date of diagnosis.</summary>
    public required DateOnly DiagnosisDate { get; init; }
    /// <summary>INRG stage: <c>L1</c>, <c>L2</c>, <c>M</c>, <c>MS</c>.</summary>
    public required string InrgStage { get; init; }
    /// <summary>INSS stage: <c>1</c>, <c>2A</c>, <c>2B</c>, <c>3</c>, <c>4</c>, <c>4S</c>.</summary>
    public string? InssStage { get; init; }
    /// <summary>MYCN status: <c>amplified</c>, <c>not_amplified</c>, <c>gain</c>, <c>unknown</c>.</summary>
    public string? Mycn { get; init; }
    /// <summary>Bone-marrow involvement at diagnosis: <c>yes</c>, <c>no</c>, <c>unknown</c>.</summary>
    public string? BoneMarrowAtDiagnosis { get; init; }
    /// <summary>Induction regimen, e.g. <c>rapid COJEC</c>.</summary>
    public string? InductionRegimen { get; init; }
    /// <summary>End of induction chemotherapy.</summary>
    public DateOnly? InductionEndDate { get; init; }
    /// <summary>Day 0 of high-dose chemotherapy with stem-cell rescue; null = no HDC.</summary>
    public DateOnly? HdcDate { get; init; }
    /// <summary>HDC regimen, e.g. <c>BuMel</c>.</summary>
    public string? HdcRegimen { get; init; }
    /// <summary>Start of radiotherapy to the primary site.</summary>
    public DateOnly? RadiotherapyDate { get; init; }
    /// <summary>Start of maintenance.</summary>
    public DateOnly? MaintenanceStartDate { get; init; }
    /// <summary>End of maintenance (end of treatment).</summary>
    public DateOnly? EndOfTreatmentDate { get; init; }
    /// <summary>Anti-GD2 immunotherapy during maintenance: <c>yes</c> / <c>no</c>.</summary>
    public string? AntiGd2 { get; init; }
    /// <summary>Date of last contact.</summary>
    public required DateOnly LastContactDate { get; init; }
    /// <summary><c>alive</c> or <c>dead</c>.</summary>
    public required string VitalStatus { get; init; }
    /// <summary>Date of death, equal to the last contact date when dead.</summary>
    public DateOnly? DeathDate { get; init; }
    /// <summary>11q status of the tumour.</summary>
    public ChromosomeArmStatus? Chr11q { get; init; }
    /// <summary>1p status of the tumour.</summary>
    public ChromosomeArmStatus? Chr1p { get; init; }
    /// <summary>ALK status of the tumour.</summary>
    public AlkStatus? Alk { get; init; }
    /// <summary>INPC histology.</summary>
    public InpcHistology? Histology { get; init; }
    /// <summary>Site of the primary tumour.</summary>
    public PrimarySite? PrimarySite { get; init; }
    /// <summary>Serum lactate dehydrogenase at diagnosis, U/L (&gt; 0 .. <see cref="MaxLdhUPerL"/>).</summary>
    public double? LdhUPerL { get; init; }
    /// <summary>Unknown columns kept as extra attributes (column name → cell text).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra.Value;

    /// <summary>Largest plausible LDH, U/L (values above are typing or unit errors).</summary>
    public const double MaxLdhUPerL = 50_000;

    /// <summary>Whether the patient is dead.</summary>
    public bool IsDead => VitalStatus == "dead";
}

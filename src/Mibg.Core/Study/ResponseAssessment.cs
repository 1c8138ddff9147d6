using Mibg.Core.TimePoints;

namespace Mibg.Core.Study;

/// <summary>
/// One response evaluation of a patient beyond the mIBG scan (docs/data-dictionary.md, table <c>assessments</c>):
/// what INRC 2017 needs for the primary tumour, bone marrow and soft-tissue metastases (Park et al., JCO 2017).
/// Blank = not assessed; 0 = assessed, nothing found.
/// </summary>
public sealed record ResponseAssessment
{
    /// <summary>Largest plausible diameter, mm (a neuroblastoma primary above 50 cm is a typing error).</summary>
    public const double MaxDiameterMm = 500;

    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>Date of the evaluation (imaging and marrow within the same work-up).</summary>
    public required DateOnly AssessmentDate { get; init; }
    /// <summary>Time point as written; null = assigned by the plan's windows, as for scans.</summary>
    public TimePoint? TimePoint { get; init; }
    /// <summary>Longest diameter of the primary tumour on CT/MRI, mm (0 = no residual tumour).</summary>
    public double? PrimaryLongestDiameterMm { get; init; }
    /// <summary>mIBG uptake at the primary site (needed for a primary CR, INRC 2017 Table 2).</summary>
    public bool? PrimaryMibgAvid { get; init; }
    /// <summary>Bone-marrow tumour infiltration, % (0..100; the higher of the sampled sites).</summary>
    public double? MarrowTumourPercent { get; init; }
    /// <summary>Sum of the longest diameters of the soft-tissue metastases (RECIST target lesions), mm; 0 = none.</summary>
    public double? SoftTissueMetastasesSumMm { get; init; }
    /// <summary>Free-text comment.</summary>
    public string? Comment { get; init; }
    /// <summary>Unknown columns kept as extra attributes.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra.Value;
}

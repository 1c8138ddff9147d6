namespace Mibg.Core.Study;

/// <summary>What a radiotherapy course was aimed at (radiotherapy.target).</summary>
public enum RadiotherapyTarget
{
    /// <summary><c>primary</c>: the primary tumour site.</summary>
    Primary,
    /// <summary><c>metastasis</c>: metastatic sites, listed in <see cref="RadiotherapyCourse.Sites"/>.</summary>
    Metastasis,
}

/// <summary>
/// One irradiated target of one radiotherapy course (docs/data-dictionary.md, table <c>radiotherapy</c>).
/// A course to several metastatic sites treated together is one row with several sites.
/// </summary>
public sealed record RadiotherapyCourse
{
    /// <summary>Smallest plausible total dose, Gy (below it the row is a typing error, e.g. cGy/100 slips).</summary>
    public const double MinDoseGy = 1;
    /// <summary>Largest plausible total dose in children, Gy (above every paediatric protocol).</summary>
    public const double MaxDoseGy = 70;
    /// <summary>Largest plausible number of fractions.</summary>
    public const int MaxFractions = 40;
    /// <summary>Smallest plausible dose per fraction, Gy (hyperfractionation uses 1–1.25 Gy twice daily; 0.8 leaves room).</summary>
    public const double MinDosePerFractionGy = 0.8;
    /// <summary>Largest plausible dose per fraction, Gy (single-fraction stereotactic or palliative treatment).</summary>
    public const double MaxDosePerFractionGy = 20;

    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>First day of the course.</summary>
    public required DateOnly StartDate { get; init; }
    /// <summary>Last day of the course (≥ start); null when not recorded.</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Primary site or metastases.</summary>
    public required RadiotherapyTarget Target { get; init; }
    /// <summary>Irradiated sites: SIOPEN segment codes or <c>soft_tissue</c>; required for a metastasis, empty for the primary.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];
    /// <summary>Total dose in Gy, <see cref="MinDoseGy"/>..<see cref="MaxDoseGy"/>; null when not recorded.</summary>
    public double? DoseGy { get; init; }
    /// <summary>Number of fractions, 1..<see cref="MaxFractions"/>; null when not recorded.</summary>
    public int? Fractions { get; init; }
    /// <summary>Free-text comment.</summary>
    public string? Comment { get; init; }
    /// <summary>Unknown columns kept as extra attributes.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra.Value;

    /// <summary>Whether this course covered the SIOPEN segment <paramref name="segmentCode"/>.</summary>
    public bool Covers(string segmentCode) => Target == RadiotherapyTarget.Metastasis && Sites.Contains(segmentCode);
}

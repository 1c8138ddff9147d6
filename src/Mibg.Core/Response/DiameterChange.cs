namespace Mibg.Core.Response;

/// <summary>
/// The RECIST-style size thresholds INRC 2017 uses for the primary tumour (longest diameter, Table 2) and for
/// soft-tissue metastases (sum of diameters, Table 3). Source: Park et al., J Clin Oncol 2017;35:2580
/// (doi:10.1200/JCO.2016.72.0177); Eisenhauer et al., Eur J Cancer 2009 (RECIST 1.1). One place for the thresholds.
/// </summary>
public static class DiameterChange
{
    /// <summary>Residual tissue below this many millimetres counts as no residual tumour (CR size, Tables 2–3).</summary>
    public const double CompleteResponseBelowMm = 10;

    /// <summary>Fraction of decrease from the baseline at or beyond which the size is a partial response (≥ 30%).</summary>
    public const double PartialResponseDecrease = 0.30;

    /// <summary>Fraction of increase over the nadir beyond which the size has progressed (&gt; 20%).</summary>
    public const double ProgressionIncrease = 0.20;

    /// <summary>Smallest absolute increase over the nadir, in millimetres, that progression also needs (≥ 5 mm).</summary>
    public const double ProgressionMinimumMm = 5;

    /// <summary>
    /// Progression by size: more than 20% above the nadir (the smallest measurement on study, the baseline included)
    /// and at least 5 mm above it. From a nadir of 0 mm, any growth of 5 mm or more is progression.
    /// </summary>
    public static bool Progressed(double nadirMm, double currentMm) =>
        currentMm - nadirMm >= ProgressionMinimumMm && currentMm > nadirMm * (1 + ProgressionIncrease);

    /// <summary>Partial response by size: at least 30% smaller than at baseline (diagnosis).</summary>
    public static bool PartiallyResponded(double baselineMm, double currentMm) =>
        baselineMm > 0 && currentMm <= baselineMm * (1 - PartialResponseDecrease) + 1e-9;

    /// <summary>Checks that a measurement is a finite, non-negative number of millimetres.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, infinite or NaN.</exception>
    public static void CheckMillimetres(double mm, string name)
    {
        if (!double.IsFinite(mm) || mm < 0)
            throw new ArgumentOutOfRangeException(name, mm, $"{name}: a diameter in mm must be a finite number ≥ 0");
    }
}

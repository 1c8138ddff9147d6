namespace Mibg.Statistics.Trial;

/// <summary>Formula for the number of events a two-arm log-rank comparison needs (design/domain.md, "Trial design").</summary>
public enum SampleSizeMethod
{
    /// <summary>
    /// Schoenfeld (1981): D = (z₁₋α/₂ + z₁₋β)² (1 + k)² / (k (ln HR)²) for allocation k:1.
    /// R: <c>rpact::getSampleSizeSurvival(typeOfComputation = "Schoenfeld")</c>.
    /// </summary>
    Schoenfeld,

    /// <summary>
    /// Freedman (1982): D = (z₁₋α/₂ + z₁₋β)² (1 + k·HR)² / (k (1 − HR)²) for allocation k:1.
    /// R: <c>rpact::getSampleSizeSurvival(typeOfComputation = "Freedman")</c>.
    /// </summary>
    Freedman,
}

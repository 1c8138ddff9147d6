namespace Mibg.Core.Response;

/// <summary>
/// INRC 2017 bone-marrow response from the percentage of tumour infiltration (histology/immunohistochemistry or
/// cytology/immunocytology). Source: Park et al., J Clin Oncol 2017;35:2580 (doi:10.1200/JCO.2016.72.0177), Table 4.
/// </summary>
public static class MarrowResponse
{
    /// <summary>Infiltration at or below which (and above 0) the marrow has minimal disease (≤ 5%).</summary>
    public const double MinimalDiseaseMaxPercent = 5;

    /// <summary>Infiltration above which a more than twofold rise is progression (&gt; 20%).</summary>
    public const double ProgressionMinPercent = 20;

    /// <summary>Fold rise over the baseline that, with more than 20% now, is progression (&gt; 2-fold).</summary>
    public const double ProgressionFold = 2;

    /// <summary>
    /// Judges the marrow now against study entry. Rules, in order (Table 4; docs/domain.md "INRC 2017"):
    /// NI when 0% at entry and 0% now; CR when 0% now (independent of the baseline);
    /// PD when 0% at entry and &gt; 5% now, or infiltrated at entry and now more than twice as much and &gt; 20%;
    /// MD when &gt; 0 to ≤ 5% now (the table's three MD rows; a baseline of &gt; 5–20% falling to ≤ 5%, which the table
    /// does not list, is read the same way); SD otherwise (infiltrated at entry, &gt; 5% now, not PD).
    /// </summary>
    /// <param name="baselinePercent">Tumour infiltration at study entry (diagnosis), 0..100.</param>
    /// <param name="currentPercent">Tumour infiltration now, 0..100.</param>
    /// <exception cref="ArgumentOutOfRangeException">A percentage outside 0..100.</exception>
    public static InrcComponentResponse Assess(double baselinePercent, double currentPercent)
    {
        CheckPercent(baselinePercent, nameof(baselinePercent));
        CheckPercent(currentPercent, nameof(currentPercent));
        if (baselinePercent == 0 && currentPercent == 0) return InrcComponentResponse.NI;
        if (currentPercent == 0) return InrcComponentResponse.CR;
        if (baselinePercent == 0)
            return currentPercent > MinimalDiseaseMaxPercent ? InrcComponentResponse.PD : InrcComponentResponse.MD;
        if (currentPercent > baselinePercent * ProgressionFold && currentPercent > ProgressionMinPercent)
            return InrcComponentResponse.PD;
        return currentPercent <= MinimalDiseaseMaxPercent ? InrcComponentResponse.MD : InrcComponentResponse.SD;
    }

    private static void CheckPercent(double value, string name)
    {
        if (!double.IsFinite(value) || value is < 0 or > 100)
            throw new ArgumentOutOfRangeException(name, value, $"{name}: tumour infiltration must be a percentage 0..100");
    }
}

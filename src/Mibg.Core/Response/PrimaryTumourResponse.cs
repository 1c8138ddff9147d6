namespace Mibg.Core.Response;

/// <summary>
/// INRC 2017 response of the primary tumour (Park et al., J Clin Oncol 2017;35:2580, Table 2), from the longest
/// diameter on CT/MRI and mIBG uptake at the primary site.
/// </summary>
public static class PrimaryTumourResponse
{
    /// <summary>
    /// Judges the primary tumour. Rules, in order (Table 2; docs/domain.md "INRC 2017"):
    /// NI when no primary was measurable at diagnosis (0 mm) and none is now;
    /// PD when the diameter is &gt; 20% and ≥ 5 mm above the nadir;
    /// CR when &lt; 10 mm residual tissue and no mIBG uptake at the primary site (0 mm needs no uptake reading);
    /// PR when ≥ 30% smaller than at diagnosis and the uptake stable, improved or resolved;
    /// SD otherwise.
    /// </summary>
    /// <param name="diagnosisMm">Longest diameter at diagnosis (the baseline), mm ≥ 0.</param>
    /// <param name="nadirMm">Smallest longest diameter on study before now, the diagnosis one included (≤ <paramref name="diagnosisMm"/>).</param>
    /// <param name="currentMm">Longest diameter now; 0 = no residual tumour.</param>
    /// <param name="primaryMibgAvid">mIBG uptake at the primary site now: true, false, or null when not recorded.
    /// Without it a residual &lt; 10 mm cannot be called CR (Table 2 needs both) and is judged on size as PR or SD.</param>
    public static InrcComponentResponse Assess(double diagnosisMm, double nadirMm, double currentMm, bool? primaryMibgAvid)
    {
        DiameterChange.CheckMillimetres(diagnosisMm, nameof(diagnosisMm));
        DiameterChange.CheckMillimetres(nadirMm, nameof(nadirMm));
        DiameterChange.CheckMillimetres(currentMm, nameof(currentMm));
        if (nadirMm > diagnosisMm)
            throw new ArgumentException($"the nadir ({nadirMm} mm) cannot exceed the diagnosis measurement ({diagnosisMm} mm): the nadir includes the baseline", nameof(nadirMm));
        if (diagnosisMm == 0 && currentMm == 0) return InrcComponentResponse.NI;
        if (DiameterChange.Progressed(nadirMm, currentMm)) return InrcComponentResponse.PD;
        if (currentMm == 0 || (currentMm < DiameterChange.CompleteResponseBelowMm && primaryMibgAvid == false))
            return InrcComponentResponse.CR;
        return DiameterChange.PartiallyResponded(diagnosisMm, currentMm) ? InrcComponentResponse.PR : InrcComponentResponse.SD;
    }
}

using Mibg.Core.Scoring;

namespace Mibg.Core.Response;

/// <summary>
/// INRC 2017 response of the soft-tissue and bone metastases (Park et al., J Clin Oncol 2017;35:2580, Table 3):
/// the mIBG bone response (<see cref="BoneResponseAssessment"/>) combined with RECIST on soft-tissue metastases.
/// </summary>
public static class MetastaticResponse
{
    /// <summary>
    /// The soft-tissue part (Table 3), from the sum of diameters of the soft-tissue metastases (mm):
    /// NI when none at diagnosis and none now; PD when &gt; 20% and ≥ 5 mm above the nadir (a new lesion from a nadir of 0
    /// is progression this way, as is a new lesion of any size that is mIBG-avid); CR when the sum is &lt; 10 mm and no soft-tissue site is mIBG-avid (a sum &lt; 10 mm
    /// guarantees every lesion &lt; 10 mm; several lesions each &lt; 10 mm that add up to 10 mm or more are judged PR/SD,
    /// the conservative side); PR when ≥ 30% smaller than at diagnosis; SD otherwise.
    /// </summary>
    /// <param name="diagnosisMm">Sum at diagnosis.</param>
    /// <param name="nadirMm">Smallest sum on study before now, diagnosis included.</param>
    /// <param name="currentMm">Sum now.</param>
    /// <param name="mibgAvidSites">mIBG-avid soft-tissue sites now (reads.soft_tissue), or null when not read.</param>
    public static InrcComponentResponse SoftTissue(double diagnosisMm, double nadirMm, double currentMm, int? mibgAvidSites)
    {
        DiameterChange.CheckMillimetres(diagnosisMm, nameof(diagnosisMm));
        DiameterChange.CheckMillimetres(nadirMm, nameof(nadirMm));
        DiameterChange.CheckMillimetres(currentMm, nameof(currentMm));
        if (nadirMm > diagnosisMm)
            throw new ArgumentException($"the nadir ({nadirMm} mm) cannot exceed the diagnosis sum ({diagnosisMm} mm)", nameof(nadirMm));
        if (diagnosisMm == 0 && currentMm == 0 && mibgAvidSites is null or 0) return InrcComponentResponse.NI;
        if (DiameterChange.Progressed(nadirMm, currentMm)) return InrcComponentResponse.PD;
        if (nadirMm == 0 && currentMm > 0 && mibgAvidSites > 0) return InrcComponentResponse.PD;   // a new mIBG-avid lesion
        if (currentMm < DiameterChange.CompleteResponseBelowMm && mibgAvidSites == 0) return InrcComponentResponse.CR;
        if (currentMm == 0 && mibgAvidSites is null) return InrcComponentResponse.CR;
        return DiameterChange.PartiallyResponded(diagnosisMm, currentMm) ? InrcComponentResponse.PR : InrcComponentResponse.SD;
    }

    /// <summary>
    /// The bone part as an INRC component value: the <see cref="BoneResponse"/> of the scan, or NI when the diagnosis scan
    /// had no skeletal site and the current one has none (pass the skeletal totals, <see cref="ISkeletalScore.SkeletalTotal"/>).
    /// </summary>
    public static InrcComponentResponse Bone(BoneResponseAssessment assessment, int diagnosisTotal, int currentTotal) =>
        diagnosisTotal == 0 && currentTotal == 0 ? InrcComponentResponse.NI : assessment.Response switch
        {
            BoneResponse.CR => InrcComponentResponse.CR,
            BoneResponse.PR => InrcComponentResponse.PR,
            BoneResponse.SD => InrcComponentResponse.SD,
            _ => InrcComponentResponse.PD,
        };

    /// <summary>
    /// The metastatic component from its bone and soft-tissue parts (Table 3): PD if either is PD; NI if both are NI;
    /// CR if every involved part is CR; PR if every involved part is CR or PR (Table 3 asks both the soft-tissue sum
    /// ≥ 30% smaller and the mIBG score ≥ 50% lower); SD otherwise.
    /// </summary>
    public static InrcComponentResponse Combine(InrcComponentResponse bone, InrcComponentResponse softTissue)
    {
        foreach (var (part, r) in new[] { ("bone", bone), ("soft tissue", softTissue) })
            if (r == InrcComponentResponse.MD)
                throw new ArgumentException($"INRC 2017: MD is a bone-marrow response, not a {part} one");
        InrcComponentResponse[] parts = [bone, softTissue];
        var involved = parts.Where(r => r != InrcComponentResponse.NI).ToArray();
        if (involved.Length == 0) return InrcComponentResponse.NI;
        if (involved.Contains(InrcComponentResponse.PD)) return InrcComponentResponse.PD;
        if (involved.All(r => r == InrcComponentResponse.CR)) return InrcComponentResponse.CR;
        if (involved.All(r => r is InrcComponentResponse.CR or InrcComponentResponse.PR)) return InrcComponentResponse.PR;
        return InrcComponentResponse.SD;
    }
}

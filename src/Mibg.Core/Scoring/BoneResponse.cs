namespace Mibg.Core.Scoring;

/// <summary>
/// INRC 2017 response of the bone (mIBG) part of the metastatic component.
/// Source: Park et al., J Clin Oncol 2017;35:2580 (doi:10.1200/JCO.2016.72.0177).
/// </summary>
public enum BoneResponse
{
    /// <summary>Complete response: no mIBG-avid skeletal site left (score 0).</summary>
    CR,
    /// <summary>Partial response: relative score ≤ 0.5 and no new site.</summary>
    PR,
    /// <summary>Stable disease: neither CR, PR nor PD.</summary>
    SD,
    /// <summary>Progressive disease: a new mIBG-avid site, or relative score ≥ 1.2.</summary>
    PD,
}

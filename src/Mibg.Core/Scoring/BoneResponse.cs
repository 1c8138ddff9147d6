namespace Mibg.Core.Scoring;

/// <summary>
/// INRC 2017 response of the bone (mIBG) part of the metastatic component, judged on the skeletal segments only.
/// Source: Park et al., J Clin Oncol 2017;35:2580 (doi:10.1200/JCO.2016.72.0177), Table 3; docs/domain.md.
/// </summary>
public enum BoneResponse
{
    /// <summary>Complete response: no mIBG-avid skeletal site left (absolute bone score 0).</summary>
    CR,
    /// <summary>Partial response: absolute bone score reduced by ≥ 50% from diagnosis (relative score ≤ 0.5), no new site.</summary>
    PR,
    /// <summary>Stable disease: neither CR, PR nor PD.</summary>
    SD,
    /// <summary>Progressive disease: a new mIBG-avid bone site (against diagnosis or the previous scan), or relative score ≥ 1.2.</summary>
    PD,
}

using System.Text.Json.Serialization;

namespace Mibg.Core.Response;

/// <summary>
/// The response of one INRC 2017 component (primary tumour, bone marrow, metastases), written as the paper writes it.
/// Source: Park et al., J Clin Oncol 2017;35:2580 (doi:10.1200/JCO.2016.72.0177), Tables 2–4; docs/domain.md "INRC 2017".
/// Serialised with the paper's abbreviations (<c>CR</c>, <c>MD</c>, …), as the bone response of <c>mibg score</c> is.
/// </summary>
public enum InrcComponentResponse
{
    /// <summary>Complete response (Tables 2–4).</summary>
    [JsonStringEnumMemberName("CR")] CR,
    /// <summary>Partial response; primary tumour and metastases only (Tables 2–3).</summary>
    [JsonStringEnumMemberName("PR")] PR,
    /// <summary>Minimal disease (&gt; 0 to ≤ 5% tumour infiltration); bone marrow only (Table 4).</summary>
    [JsonStringEnumMemberName("MD")] MD,
    /// <summary>Stable disease.</summary>
    [JsonStringEnumMemberName("SD")] SD,
    /// <summary>Progressive disease.</summary>
    [JsonStringEnumMemberName("PD")] PD,
    /// <summary>Not involved: the site was not involved at study entry and remains not involved (Table 5, footnote).</summary>
    [JsonStringEnumMemberName("NI")] NI,
}

/// <summary>INRC 2017 overall response (Park et al., JCO 2017, Table 5).</summary>
public enum InrcOverallResponse
{
    /// <summary>Complete response: every involved component CR.</summary>
    [JsonStringEnumMemberName("CR")] CR,
    /// <summary>Partial response.</summary>
    [JsonStringEnumMemberName("PR")] PR,
    /// <summary>Minor response: a component CR or PR, another SD, none PD.</summary>
    [JsonStringEnumMemberName("MR")] MR,
    /// <summary>Stable disease.</summary>
    [JsonStringEnumMemberName("SD")] SD,
    /// <summary>Progressive disease: any component PD.</summary>
    [JsonStringEnumMemberName("PD")] PD,
}

/// <summary>The three components that INRC 2017 combines into the overall response.</summary>
public enum InrcComponent
{
    /// <summary>The primary tumour (Table 2).</summary>
    Primary,
    /// <summary>Bone marrow (Table 4).</summary>
    Marrow,
    /// <summary>Soft-tissue and bone metastases (Table 3).</summary>
    Metastases,
}

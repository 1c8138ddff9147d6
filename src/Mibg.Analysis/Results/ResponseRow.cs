using Mibg.Core.TimePoints;
using Mibg.Core.Response;

namespace Mibg.Analysis.Results;

/// <summary>
/// INRC 2017 response of one patient at one evaluation (results.json <c>response</c>; docs/analysis.md "INRC 2017
/// overall response"). A component is null when it was not assessed (blank in the study) or cannot be judged (no
/// diagnosis value); the overall response is null when a component is missing, unless another is PD (then PD).
/// </summary>
public sealed record ResponseRow
{
    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>Time point of the assessment (written, or assigned by the plan's windows), snake_case.</summary>
    public required TimePoint Timepoint { get; init; }
    /// <summary>Date of the assessment.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>The patient's group when eligible (group codes of the analysis), else null.</summary>
    public string? Group { get; init; }
    /// <summary>Primary tumour (Table 2).</summary>
    public InrcComponentResponse? Primary { get; init; }
    /// <summary>Bone marrow (Table 4).</summary>
    public InrcComponentResponse? Marrow { get; init; }
    /// <summary>Metastases: mIBG bone and soft tissue (Table 3).</summary>
    public InrcComponentResponse? Metastases { get; init; }
    /// <summary>Overall (Table 5).</summary>
    public InrcOverallResponse? Overall { get; init; }
    /// <summary>The mIBG scan used for the bone part, when one was found.</summary>
    public string? ScanId { get; init; }
}

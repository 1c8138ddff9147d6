using Mibg.Core.Cohort;
using Mibg.Core.TimePoints;
namespace Mibg.Analysis.Results;

/// <summary>
/// Site-level analysis of relapses (design/domain.md, "Site-level analysis"). Headline counts are over the
/// <c>progression_after_treatment</c> group ("17 relapsed, 13 at sites of prior skeletal disease");
/// <see cref="Patients"/> lists every eligible patient with a disease event and a progression scan.
/// </summary>
public sealed record RelapseSites
{
    /// <summary>Patients of <c>progression_after_treatment</c> (the headline denominator).</summary>
    public required int Relapses { get; init; }
    /// <summary>Of those, relapses involving a persistent or cleared segment (sites of prior skeletal disease).</summary>
    public required int AtPriorSkeletalSites { get; init; }
    /// <summary>Patient ids behind <see cref="Relapses"/>, sorted.</summary>
    public required IReadOnlyList<string> RelapsePatients { get; init; }
    /// <summary>Patient ids behind <see cref="AtPriorSkeletalSites"/>, sorted.</summary>
    public required IReadOnlyList<string> AtPriorSkeletalSitesPatients { get; init; }
    /// <summary>Relapses of the headline group without a progression scan (cannot be classified), sorted.</summary>
    public IReadOnlyList<string> WithoutProgressionScan { get; init; } = [];
    /// <summary>Per-patient classification of every segment positive at progression.</summary>
    public required IReadOnlyList<PatientRelapseSites> Patients { get; init; }
    /// <summary>Relapse patterns against the plan's reference scan (default post-HDC).</summary>
    public RelapsePatterns? Patterns { get; init; }
}

/// <summary>
/// The segments positive at a patient's progression scan, each classified: persistent (positive on the last
/// scan before the event), cleared (positive at diagnosis, negative on the last scan before the event), new
/// (negative at diagnosis). Segment lists hold SIOPEN codes in published order.
/// </summary>
public sealed record PatientRelapseSites
{
    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>The patient's group code (leaf group).</summary>
    public required string Group { get; init; }
    /// <summary>Date of the first disease event after the post-HDC scan.</summary>
    public required DateOnly EventDate { get; init; }
    /// <summary>Progression scan used.</summary>
    public required string ProgressionScanId { get; init; }
    /// <summary>Reference scan ("last scan before the event": post-HDC or end of treatment).</summary>
    public required string ReferenceScanId { get; init; }
    /// <summary>Time point of the reference scan.</summary>
    public required TimePoint ReferenceTimepoint { get; init; }
    /// <summary>Diagnosis scan used.</summary>
    public required string DiagnosisScanId { get; init; }
    /// <summary>Segments positive at progression and on the reference scan.</summary>
    public required IReadOnlyList<string> Persistent { get; init; }
    /// <summary>Segments positive at progression and at diagnosis, negative on the reference scan.</summary>
    public required IReadOnlyList<string> Cleared { get; init; }
    /// <summary>Segments positive at progression, negative at diagnosis and on the reference scan.</summary>
    public required IReadOnlyList<string> New { get; init; }
    /// <summary>Non-skeletal sites of the event (events.sites: soft_tissue, bone_marrow, primary).</summary>
    public required IReadOnlyList<string> NonSkeletal { get; init; }
    /// <summary>
    /// Segments positive at progression that a metastasis course covered after the post-HDC scan (within
    /// <c>radiotherapy.irradiation_window_days</c>, before the event): <b>in-field failures</b>, in published order.
    /// Empty when nothing was irradiated.
    /// </summary>
    public IReadOnlyList<string> InField { get; init; } = [];
    /// <summary>
    /// <c>confined_to_persistent</c>, <c>involves_cleared</c> (some cleared, no new), <c>involves_new</c>
    /// (some new segment) or <c>non_skeletal_only</c> (no positive segment).
    /// </summary>
    public required RelapsePattern Pattern { get; init; }
    /// <summary>Whether the relapse involves a site of prior skeletal disease (persistent ∪ cleared non-empty).</summary>
    public required bool AtPriorSkeletalSites { get; init; }
}

using Mibg.Core.Cohort;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Plan;

/// <summary>
/// An analysis plan (design/analysis.md, "Plan fields"): every definition a reviewer could ask about, with
/// the seed study's design as default. Written as JSON with snake_case names (<see cref="PlanJson"/>); each
/// field is described in <see cref="PlanSchema"/> (<c>mibg plan --describe</c>). All clinical thresholds and
/// windows of the analysis live here and nowhere else.
/// </summary>
public sealed record AnalysisPlan
{
    /// <summary>Free-text title of the plan.</summary>
    public string Title { get; init; } = "Persistent skeletal mIBG uptake after HDC in stage M neuroblastoma (seed study design)";
    /// <summary>Who enters the cohort.</summary>
    public EligibilityCriteria Eligibility { get; init; } = new();
    /// <summary>Time-point windows (design/domain.md).</summary>
    public TimePointWindows TimePointWindows { get; init; } = TimePointWindows.Default;
    /// <summary>Which read of a scan is used: <c>consensus</c>, <c>mean_of_readers</c> or <c>reader:CODE</c>.</summary>
    public ReadResolution ReadResolution { get; init; } = ReadResolution.Consensus;
    /// <summary>What "persistent skeletal uptake after HDC" means.</summary>
    public PersistenceRule Persistence { get; init; } = new();
    /// <summary>Oligo-skeletal definition.</summary>
    public OligoDefinition Oligo { get; init; } = new();
    /// <summary>Survival endpoints and time origins.</summary>
    public EndpointSettings Endpoints { get; init; } = new();
    /// <summary>How follow-up is measured.</summary>
    public FollowUpSettings Followup { get; init; } = new();
    /// <summary>Confidence level of every interval, in (0, 1).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
    /// <summary>Interval for proportions: <c>wilson</c> (Clopper–Pearson is reported beside it) or <c>clopper_pearson</c>.</summary>
    public ProportionIntervalMethod ProportionInterval { get; init; } = ProportionIntervalMethod.Wilson;
    /// <summary>Cox model settings.</summary>
    public CoxSettings Cox { get; init; } = new();
    /// <summary>
    /// Counterfactual local control probability p per irradiated persistent site, in [0, 1]. Default 0.67: local
    /// control of persistent mIBG-avid metastatic sites irradiated in high-risk neuroblastoma (Casey et al., Int J
    /// Radiat Oncol Biol Phys 2018, doi:10.1016/j.ijrobp.2018.01.008); a sensitivity over p is always reported.
    /// </summary>
    public double LocalControlProbability { get; init; } = 0.67;
    /// <summary>Radiotherapy to persistent sites and the local-control analysis.</summary>
    public RadiotherapySettings Radiotherapy { get; init; } = new();
    /// <summary>Relapse-site analysis (reference scan of the relapse patterns).</summary>
    public RelapseSiteSettings RelapseSites { get; init; } = new();
    /// <summary>Trial design assumptions.</summary>
    public TrialAssumptions Trial { get; init; } = new();
    /// <summary>How the reader workstation runs the blinded double reading.</summary>
    public ReadingSettings Reading { get; init; } = new();
    /// <summary>
    /// Published figures to compare with (<c>seed</c> = the seed study's abstract), or null for none (default): a centre's
    /// own study is not compared with another centre's abstract unless asked. <c>mibg demo</c> sets <c>seed</c>, since
    /// the demo is built to reproduce it.
    /// </summary>
    public PublishedComparison? Published { get; init; }

    /// <summary>The seed study's plan (every field at its default).</summary>
    public static AnalysisPlan Default { get; } = new();
}

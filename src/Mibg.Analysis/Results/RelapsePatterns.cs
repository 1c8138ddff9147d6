using Mibg.Core.Plan;
using Mibg.Statistics.CompetingRisks;

namespace Mibg.Analysis.Results;

/// <summary>
/// Relapse patterns against the plan's reference scan (<c>relapse_sites.reference</c>, default the post-HDC scan: when
/// radiotherapy to the persisting sites would be given). A relapse can be in several rows except
/// <see cref="PersistentOnly"/>. Over the classified first disease events after the post-HDC scan of eligible patients.
/// </summary>
public sealed record RelapsePatterns
{
    /// <summary>Reference scan: <c>post_hdc</c> or <c>last_before_event</c>.</summary>
    public required RelapseReference Reference { get; init; }
    /// <summary>
    /// Every site persistent against the reference (positive on it) and not irradiated after the post-HDC scan, no
    /// non-skeletal site: the relapses irradiation of the persistent sites could have prevented.
    /// </summary>
    public required PatternCount PersistentOnly { get; init; }
    /// <summary>
    /// Some segment positive at relapse was irradiated after the post-HDC scan (in-field failure; docs/analysis.md
    /// "Local control of persistent sites" for the window). Such a relapse is never in <see cref="PersistentOnly"/>.
    /// </summary>
    public PatternCount WithInFieldFailures { get; init; } = new(0, []);
    /// <summary>Some segment positive at diagnosis and negative on the reference.</summary>
    public required PatternCount WithClearedSites { get; init; }
    /// <summary>Some segment negative at diagnosis and on the reference.</summary>
    public required PatternCount WithNewSites { get; init; }
    /// <summary>Some bone-marrow, soft-tissue or primary site (events.sites).</summary>
    public required PatternCount WithNonSkeletalSites { get; init; }
}

/// <summary>Patients in one pattern.</summary>
/// <param name="N">Count.</param>
/// <param name="Patients">Sorted ids.</param>
public sealed record PatternCount(int N, IReadOnlyList<string> Patients);

/// <summary>
/// Cumulative incidence of relapse by pattern from the post-HDC scan (landmark), persistent vs cleared, with death (or
/// second malignancy) without relapse as the competing event: Aalen–Johansen estimates and Gray's test per cause (R
/// <c>cmprsk::cuminc(time, cause, group)</c>). Causes (exclusive): 1 = relapse at persistent, non-irradiated sites only (<see cref="RelapsePatterns.PersistentOnly"/>), 2 = any other
/// relapse or progression, 3 = death or second malignancy without relapse; 0 = censored.
/// </summary>
public sealed record CumulativeIncidenceSummary
{
    /// <summary>Time origin (<c>post_hdc_scan</c>).</summary>
    public required TimeOrigin Origin { get; init; }
    /// <summary>Cause codes and their meaning.</summary>
    public required IReadOnlyDictionary<string, string> Causes { get; init; }
    /// <summary>Curves per group and cause, as cmprsk returns them.</summary>
    public required IReadOnlyList<CumulativeIncidenceCurve> Curves { get; init; }
    /// <summary>Estimates at the plan's times.</summary>
    public required IReadOnlyList<CumulativeIncidenceAtTime> AtTimes { get; init; }
    /// <summary>Gray's test per cause, except cause 1 (it cannot occur in the cleared group, whose curve is zero by definition).</summary>
    public required IReadOnlyList<GrayTest> Tests { get; init; }
    /// <summary>Each patient's time (years from the post-HDC scan), cause and group: the data the curves come from.</summary>
    public required IReadOnlyList<CompetingRiskRow> Data { get; init; }
}

/// <summary>A cumulative incidence read at a time, with its variance (cmprsk <c>timepoints</c>).</summary>
public sealed record CumulativeIncidenceAtTime(string Group, string Cause, double Time, double? Estimate, double? Variance);

/// <summary>One patient's competing-risk outcome.</summary>
public sealed record CompetingRiskRow(string PatientId, string Group, double Time, int Cause);

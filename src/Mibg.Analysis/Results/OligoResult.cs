namespace Mibg.Analysis.Results;

/// <summary>
/// Persistent patients whose post-HDC scan meets the plan's oligo-skeletal definition (default 1..3
/// positive segments, each scored 1..3, ≤ 3 discrete lesions in total; design/domain.md).
/// </summary>
/// <param name="N">Oligo patients.</param>
/// <param name="Of">Persistent patients assessed.</param>
/// <param name="Patients">Oligo patient ids, sorted.</param>
/// <param name="Definition">The definition applied, in words.</param>
public sealed record OligoResult(int N, int Of, IReadOnlyList<string> Patients, string Definition);

/// <summary>
/// Counterfactual local control (design/domain.md, "Site-level analysis"): had every persistent site been irradiated
/// with local-control probability p (default 0.67, Casey et al., IJROBP 2018), a relapse is preventable only when
/// every one of its sites is a persistent skeletal site (no cleared or new segment, no bone-marrow, soft-tissue or
/// primary site in events.sites) and none of them was irradiated after the post-HDC scan (an in-field failure is not
/// preventable by irradiation); it is prevented with probability p^k for its k persistent sites.
/// </summary>
public sealed record LocalControlResult
{
    /// <summary>Local control probability p per irradiated site, in [0, 1].</summary>
    public required double Probability { get; init; }
    /// <summary>Persistent patients with a classified relapse (denominator).</summary>
    public required int Relapses { get; init; }
    /// <summary>Relapses whose every site is a persistent skeletal site, none irradiated (preventable).</summary>
    public required int ConfinedToPersistent { get; init; }
    /// <summary>
    /// Persistent patients whose classified relapse involved a site irradiated after the post-HDC scan (in-field
    /// failure; never preventable), sorted.
    /// </summary>
    public IReadOnlyList<string> InFieldFailures { get; init; } = [];
    /// <summary>Expected relapses prevented, Σ p^k over the preventable relapses.</summary>
    public required double ExpectedPrevented { get; init; }
    /// <summary>Per-patient: id, k persistent sites, probability prevented.</summary>
    public required IReadOnlyList<PreventedRelapse> Patients { get; init; }
    /// <summary>
    /// The counterfactual per population: <c>oligo</c> (persistent oligo-skeletal uptake after HDC), <c>persistent</c>
    /// (all persistent patients) and <c>trial_eligible</c> (oligo with no persistent site irradiated yet: the patients a
    /// trial would enrol, and the population the trial is sized for).
    /// </summary>
    public IReadOnlyList<LocalControlPopulation> Populations { get; init; } = [];
    /// <summary>
    /// This study's own local control of irradiated persistent sites: 1 − the cumulative incidence of local failure of
    /// the irradiated arm at the last of <c>radiotherapy.local_failure_times_years</c> it is followed to; null when no
    /// site was irradiated. Shown as the <c>observed</c> row of <see cref="Sensitivity"/>.
    /// </summary>
    public double? ObservedLocalControl { get; init; }
    /// <summary>Expected relapses prevented for other values of p (sensitivity).</summary>
    public IReadOnlyList<LocalControlSensitivity> Sensitivity { get; init; } = [];
    /// <summary>Every site positive on the post-HDC scan of a persistent patient: irradiated, failed, follow-up (docs/analysis.md "Local control of persistent sites").</summary>
    public IReadOnlyList<Mibg.Core.Cohort.LocalControlSite> Sites { get; init; } = [];
    /// <summary>Cumulative incidence of local failure, irradiated vs not; null when no persistent site was irradiated.</summary>
    public LocalFailureIncidence? Incidence { get; init; }
}

/// <summary>The counterfactual in one population.</summary>
public sealed record LocalControlPopulation
{
    /// <summary><c>oligo</c>, <c>persistent</c> or <c>trial_eligible</c> (oligo and not yet irradiated).</summary>
    public required string Population { get; init; }
    /// <summary>Patients in the population.</summary>
    public required int Patients { get; init; }
    /// <summary>Classified relapses (disease events after the post-HDC scan with a progression scan) in the population.</summary>
    public required int Relapses { get; init; }
    /// <summary>Ids of the relapses whose every site is persistent and none irradiated, sorted.</summary>
    public required IReadOnlyList<string> Preventable { get; init; }
    /// <summary>Ids of the relapses with an in-field failure (a site irradiated after the post-HDC scan), sorted.</summary>
    public IReadOnlyList<string> InFieldFailures { get; init; } = [];
    /// <summary>Σ p^k over <see cref="Preventable"/>.</summary>
    public required double ExpectedPrevented { get; init; }
    /// <summary>EFS events of the population from the post-HDC scan (any relapse, progression, second malignancy or death).</summary>
    public required int EfsEvents { get; init; }
    /// <summary>Ids behind <see cref="EfsEvents"/>, sorted.</summary>
    public IReadOnlyList<string> EfsEventPatients { get; init; } = [];
    /// <summary>
    /// EFS hazard ratio irradiation : no irradiation the counterfactual implies, (E − X) / E for E EFS events and X
    /// expected prevented (the event rate falls by the prevented share over the same follow-up); null when E = 0.
    /// </summary>
    public required double? ImpliedHazardRatio { get; init; }
}

/// <summary>Expected relapses prevented at one value of p.</summary>
/// <param name="Probability">p.</param>
/// <param name="Oligo">Expected prevented among the oligo population.</param>
/// <param name="Persistent">Expected prevented among all persistent patients.</param>
/// <param name="OligoImpliedHazardRatio">EFS hazard ratio implied in the oligo population.</param>
public sealed record LocalControlSensitivity(double Probability, double Oligo, double Persistent, double? OligoImpliedHazardRatio)
{
    /// <summary><c>assumed</c> (a tabulated value of p) or <c>observed</c> (this study's own local control of irradiated sites, <see cref="LocalControlResult.ObservedLocalControl"/>).</summary>
    public string Source { get; init; } = "assumed";
    /// <summary>Expected prevented among the trial-eligible population (oligo, not yet irradiated).</summary>
    public double TrialEligible { get; init; }
    /// <summary>EFS hazard ratio implied in the trial-eligible population (what the trial is sized for).</summary>
    public double? TrialEligibleImpliedHazardRatio { get; init; }
}
/// <summary>One relapse confined to persistent sites.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Sites">k, the number of persistent segments involved.</param>
/// <param name="ProbabilityPrevented">p^k.</param>
public sealed record PreventedRelapse(string PatientId, int Sites, double ProbabilityPrevented);

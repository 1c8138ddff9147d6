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
/// Counterfactual local control (design/domain.md): had every persistent site been irradiated with local
/// control probability p, a relapse confined to its k persistent sites is prevented with probability p^k;
/// relapses involving cleared or new sites are not. <see cref="ExpectedPrevented"/> = Σ p^k.
/// </summary>
public sealed record LocalControlResult
{
    /// <summary>Local control probability p per irradiated site.</summary>
    public required double Probability { get; init; }
    /// <summary>Persistent patients with a classified relapse (denominator).</summary>
    public required int Relapses { get; init; }
    /// <summary>Relapses confined to persistent sites.</summary>
    public required int ConfinedToPersistent { get; init; }
    /// <summary>Expected relapses prevented, Σ p^k over the confined relapses.</summary>
    public required double ExpectedPrevented { get; init; }
    /// <summary>Per-patient: id, k persistent sites, probability prevented.</summary>
    public required IReadOnlyList<PreventedRelapse> Patients { get; init; }
}

/// <summary>One relapse confined to persistent sites.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Sites">k, the number of persistent segments involved.</param>
/// <param name="ProbabilityPrevented">p^k.</param>
public sealed record PreventedRelapse(string PatientId, int Sites, double ProbabilityPrevented);

using Mibg.Core.Plan;
namespace Mibg.Analysis.Results;

/// <summary>
/// A survival curve read at one time (plan <c>endpoints.at_times_years</c>): R <c>summary(survfit(...), times = t)</c>.
/// </summary>
/// <param name="Stratum">Stratum (group code; <c>all</c> for one curve).</param>
/// <param name="Time">Years from the origin.</param>
/// <param name="Survival">S(t); null beyond the last observed time (R gives no estimate there).</param>
/// <param name="Lower">Lower confidence limit; null when undefined.</param>
/// <param name="Upper">Upper confidence limit; null when undefined.</param>
/// <param name="NRisk">Patients still at risk at t (time ≥ t).</param>
public sealed record SurvivalAtTime(string Stratum, double Time, double? Survival, double? Lower, double? Upper, int NRisk);

/// <summary>
/// Cox hazard ratio of a two-group comparison, beside its log-rank p: <c>compared</c> vs <c>reference</c>, R
/// <c>coxph(Surv(time, event) ~ group)</c>. Not estimable when a group has no event (the partial likelihood has no
/// maximum: R warns "coefficient may be infinite"); then <see cref="Hr"/> and the limits are null and <see cref="Note"/>
/// says why.
/// </summary>
public sealed record SurvivalHazardRatio
{
    /// <summary>Reference group code.</summary>
    public required string Reference { get; init; }
    /// <summary>Compared group code.</summary>
    public required string Compared { get; init; }
    /// <summary>Hazard ratio; null when not estimable.</summary>
    public double? Hr { get; init; }
    /// <summary>Lower Wald confidence limit.</summary>
    public double? Lower { get; init; }
    /// <summary>Upper Wald confidence limit.</summary>
    public double? Upper { get; init; }
    /// <summary>Wald p.</summary>
    public double? P { get; init; }
    /// <summary>Whether the HR could be estimated.</summary>
    public required bool Estimable { get; init; }
    /// <summary>Why not, when not estimable.</summary>
    public string? Note { get; init; }
}

/// <summary>A stratum whose median survival rests on too few patients (plan <c>endpoints.min_patients_for_median</c>).</summary>
/// <param name="Stratum">Stratum.</param>
/// <param name="N">Patients in it.</param>
/// <param name="Flagged">Fewer patients than the plan's minimum: the median is printed with a mark.</param>
public sealed record MedianFlag(string Stratum, int N, bool Flagged);

/// <summary>
/// Time-dependent Cox model of persistence (design/analysis.md step 6): every patient who received HDC, from diagnosis;
/// the covariate <c>persistent</c> is 0 until the post-HDC scan and, from that scan on, 1 when it was positive — so no
/// patient is credited with time before the finding (Mantel–Byar; the alternative to the landmark). R:
/// <c>coxph(Surv(start, stop, event) ~ persistent)</c> on the (start, stop] rows.
/// </summary>
public sealed record TimeDependentCoxSummary
{
    /// <summary><c>efs</c> or <c>os</c>.</summary>
    public required SurvivalEndpoint Endpoint { get; init; }
    /// <summary>Patients (subjects).</summary>
    public required int Patients { get; init; }
    /// <summary>Counting-process rows.</summary>
    public required int Rows { get; init; }
    /// <summary>Events.</summary>
    public required int Events { get; init; }
    /// <summary>Hazard ratio of persistence; null when not estimable.</summary>
    public double? Hr { get; init; }
    /// <summary>Lower confidence limit.</summary>
    public double? Lower { get; init; }
    /// <summary>Upper confidence limit.</summary>
    public double? Upper { get; init; }
    /// <summary>Wald p.</summary>
    public double? P { get; init; }
    /// <summary>The landmark (post-HDC scan origin) univariable HR of persistence, for comparison.</summary>
    public double? LandmarkHr { get; init; }
    /// <summary>Patient ids in the model, sorted.</summary>
    public IReadOnlyList<string> PatientIds { get; init; } = [];
    /// <summary>The (start, stop] rows, years from diagnosis, for checking against R.</summary>
    public IReadOnlyList<CountingProcessRow> Data { get; init; } = [];
    /// <summary>Why the model is missing or a value null.</summary>
    public string? Note { get; init; }
}

/// <summary>One (start, stop] row of the time-dependent model.</summary>
/// <param name="PatientId">Patient.</param>
/// <param name="Start">Start, years from diagnosis.</param>
/// <param name="Stop">Stop, years from diagnosis.</param>
/// <param name="Event">1 when the endpoint occurred at <paramref name="Stop"/>.</param>
/// <param name="Persistent">Covariate value on the interval.</param>
public sealed record CountingProcessRow(string PatientId, double Start, double Stop, int Event, int Persistent);

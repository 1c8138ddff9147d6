namespace Mibg.Core.Plan;

/// <summary>Persistent skeletal uptake after HDC: post-HDC SIOPEN total strictly above <see cref="PostHdcTotalAbove"/>.</summary>
public sealed record PersistenceRule
{
    /// <summary>Threshold on the post-HDC total, ≥ 0. Default 0 (any positive segment).</summary>
    public int PostHdcTotalAbove { get; init; }

    /// <summary>
    /// <c>persistent_response</c> needs at least this many years of event-free follow-up after end_of_treatment_date;
    /// a patient still positive at end of treatment, event-free but followed for less, is <c>not_evaluable</c>
    /// (too early to call the response durable). Default 2: most relapses of high-risk neuroblastoma occur within
    /// two years of the end of therapy (the seed's persistent responders were followed 4–15.6 years from diagnosis).
    /// The sources set no number, so it is a plan option; ≥ 0 (0 = no minimum).
    /// </summary>
    public double MinEventFreeYearsAfterEndOfTreatment { get; init; } = 2;
}

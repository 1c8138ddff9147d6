namespace Mibg.Statistics.Trial;

/// <summary>
/// Size of a trial (design/cli.md, <c>trial size</c>): <see cref="Events"/> and <see cref="Subjects"/> unrounded as
/// rpact's getSampleSizeSurvival gives them (<c>eventsFixed</c>, <c>nFixed</c>), <c>*Required</c> rounded up.
/// </summary>
/// <param name="Method">Events formula.</param>
/// <param name="Events">Unrounded events needed.</param>
/// <param name="Subjects">Unrounded patients: <paramref name="Events"/> ÷ <paramref name="ProbabilityOfEvent"/> (rpact divides the unrounded events).</param>
/// <param name="EventsRequired">Events rounded up: the analysis takes place at this many events.</param>
/// <param name="SubjectsRequired">Patients rounded up.</param>
/// <param name="ProbabilityOfEvent">Probability that a patient has an event by the analysis (both arms, allocation-weighted).</param>
public sealed record TrialSizeResult(
    SampleSizeMethod Method,
    double Events,
    double Subjects,
    int EventsRequired,
    int SubjectsRequired,
    double ProbabilityOfEvent);

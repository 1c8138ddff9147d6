namespace Mibg.Statistics.Trial;

/// <summary>
/// Events and patients for a two-arm log-rank comparison of exponential EFS with uniform accrual, minimum follow-up
/// and dropout. R: <c>rpact::getSampleSizeSurvival(alpha, sided = 2, beta = 1 − power, hazardRatio, lambda2,
/// accrualTime = c(0, A), followUpTime = F, allocationRatioPlanned = k, typeOfComputation, dropoutRate1 = dropoutRate2 = D,
/// dropoutTime = 1)</c> — <c>eventsFixed</c>, <c>nFixed</c>; agreement to 1e-4 relative is tested.
/// </summary>
public static class TrialSize
{
    /// <summary>Sizes the trial; throws <see cref="TrialDesignException"/> for assumptions outside their range.</summary>
    public static TrialSizeResult Compute(TrialDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        design.Validate();
        var events = RequiredEvents.Compute(design.Method, design.HazardRatio, design.Alpha, design.Power, design.Allocation);
        var probability = EventProbability.Overall(design);
        var subjects = events / probability;
        return new TrialSizeResult(design.Method, events, subjects, RoundUp(events), RoundUp(subjects), probability);
    }

    /// <summary>Rounds up, ignoring floating-point noise of 1e-9 above an integer (121.0000000001 → 121).</summary>
    public static int RoundUp(double value) => (int)Math.Ceiling(value - 1e-9);
}

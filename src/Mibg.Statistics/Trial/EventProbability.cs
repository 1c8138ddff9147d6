namespace Mibg.Statistics.Trial;

/// <summary>
/// Probability that a patient has an event (rather than being censored by dropout or by the analysis) by the analysis
/// at calendar time A + F, with uniform accrual over [0, A], exponential event hazard λ and exponential dropout
/// hazard φ (Lachin &amp; Foulkes 1986, Biometrics 42:507). Averaging the event probability by follow-up u,
/// λ/(λ+φ)·(1 − e^{−(λ+φ)u}), over u uniform on [F, A + F] gives
/// P = λ/(λ+φ) · [1 − (e^{−(λ+φ)F} − e^{−(λ+φ)(A+F)}) / ((λ+φ)A)].
/// R: <c>rpact:::.getEventProbabilities</c>, which integrates the same function numerically.
/// </summary>
public static class EventProbability
{
    /// <summary>P(event) in one arm with hazard <paramref name="hazard"/> and dropout hazard <paramref name="dropoutHazard"/>.</summary>
    public static double InArm(double hazard, double dropoutHazard, double accrualYears, double followupYears)
    {
        var c = hazard + dropoutHazard;
        var averageCensoring = Math.Exp(-c * followupYears) * -Expm1(-c * accrualYears) / (c * accrualYears);
        return hazard / c * (1 - averageCensoring);
    }

    /// <summary>
    /// P(event) over both arms weighted by allocation k:1, (k·P₁ + P₂)/(1 + k). R: <c>getSampleSizeSurvival(...)$omega</c>.
    /// </summary>
    public static double Overall(TrialDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var phi = design.DropoutHazard;
        var control = InArm(design.ControlHazard, phi, design.AccrualYears, design.FollowupYears);
        var experimental = InArm(design.ExperimentalHazard, phi, design.AccrualYears, design.FollowupYears);
        var k = design.Allocation;
        return (k * experimental + control) / (1 + k);
    }

    /// <summary>e^x − 1 without cancellation for small |x|.</summary>
    private static double Expm1(double x) =>
        Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1;
}

using System.Globalization;

namespace Mibg.Statistics.Trial;

/// <summary>
/// Event-free survival of the control arm, assumed exponential: S(t) = exp(−λt), λ in events per year.
/// Given either by its median (λ = ln 2 / median) or by the survival S at a time T (λ = −ln S / T).
/// rpact equivalent: <c>lambda2</c> (or <c>pi2 = 1 − S</c> with <c>eventTime = T</c>).
/// </summary>
public sealed record ControlArm
{
    private ControlArm(double hazard, string description)
    {
        Hazard = hazard;
        Description = description;
    }

    /// <summary>Control-arm hazard λ (events per patient-year), &gt; 0.</summary>
    public double Hazard { get; }

    /// <summary>How the control arm was given, for reports ("median EFS 2 years", "3-year EFS 40%").</summary>
    public string Description { get; }

    /// <summary>Median event-free survival of the control arm in years.</summary>
    public double MedianYears => Math.Log(2) / Hazard;

    /// <summary>Control-arm event-free survival at <paramref name="years"/>: exp(−λ·years).</summary>
    public double SurvivalAt(double years) => Math.Exp(-Hazard * years);

    /// <summary>Control arm from its median EFS in years (&gt; 0). Throws <see cref="TrialDesignException"/> (control-median).</summary>
    public static ControlArm FromMedian(double medianYears)
    {
        if (!(medianYears > 0) || double.IsInfinity(medianYears))
            throw new TrialDesignException("control-median", $"the control-arm median EFS must be a positive number of years; got {Format(medianYears)}");
        return new ControlArm(Math.Log(2) / medianYears, $"median EFS {Format(medianYears)} years");
    }

    /// <summary>
    /// Control arm from its EFS <paramref name="survival"/> (strictly between 0 and 1) at <paramref name="atYears"/> (&gt; 0).
    /// Throws <see cref="TrialDesignException"/> (control-survival or at).
    /// </summary>
    public static ControlArm FromSurvival(double survival, double atYears)
    {
        if (!(survival > 0 && survival < 1))
            throw new TrialDesignException("control-survival", $"the control-arm EFS must be a proportion strictly between 0 and 1 (e.g. 0.4 for 40%); got {Format(survival)}");
        if (!(atYears > 0) || double.IsInfinity(atYears))
            throw new TrialDesignException("at", $"the time at which the control-arm EFS is given must be a positive number of years; got {Format(atYears)}");
        return new ControlArm(-Math.Log(survival) / atYears, $"{Format(atYears)}-year EFS {Format(survival * 100)}%");
    }

    /// <summary>Control arm from its hazard λ per year (&gt; 0).</summary>
    public static ControlArm FromHazard(double hazardPerYear)
    {
        if (!(hazardPerYear > 0) || double.IsInfinity(hazardPerYear))
            throw new TrialDesignException("control-median", $"the control-arm hazard must be a positive number of events per year; got {Format(hazardPerYear)}");
        return new ControlArm(hazardPerYear, $"hazard {Format(hazardPerYear)} per year");
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

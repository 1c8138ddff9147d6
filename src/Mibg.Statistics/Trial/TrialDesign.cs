namespace Mibg.Statistics.Trial;

/// <summary>
/// Assumptions of a two-arm randomised superiority trial with an event-free-survival end point compared by the
/// log-rank test (design/domain.md, "Trial design"). Times are in years. Call <see cref="Validate"/> (every
/// calculation here does) to refuse values outside their range with a <see cref="TrialDesignException"/>.
/// </summary>
public sealed record TrialDesign
{
    /// <summary>Hazard ratio experimental : control, strictly between 0 and 1 (superiority). rpact: <c>hazardRatio</c>.</summary>
    public required double HazardRatio { get; init; }

    /// <summary>Power 1 − β, strictly between α and 1. rpact: <c>beta = 1 − power</c>.</summary>
    public required double Power { get; init; }

    /// <summary>Two-sided type I error α, strictly between 0 and 1. rpact: <c>alpha</c> with <c>sided = 2</c>.</summary>
    public required double Alpha { get; init; }

    /// <summary>Events formula; Schoenfeld by default.</summary>
    public SampleSizeMethod Method { get; init; } = SampleSizeMethod.Schoenfeld;

    /// <summary>Allocation ratio k = experimental : control patients, &gt; 0 (2 means 2:1). rpact: <c>allocationRatioPlanned</c>.</summary>
    public double Allocation { get; init; } = 1;

    /// <summary>Exponential control-arm EFS. The experimental hazard is <see cref="HazardRatio"/> × the control hazard.</summary>
    public required ControlArm Control { get; init; }

    /// <summary>Duration of uniform accrual in years, &gt; 0. rpact: <c>accrualTime = c(0, A)</c>.</summary>
    public required double AccrualYears { get; init; }

    /// <summary>Minimum follow-up after the last patient is accrued, in years, ≥ 0. rpact: <c>followUpTime</c>.</summary>
    public required double FollowupYears { get; init; }

    /// <summary>
    /// Probability of dropping out within one year, per arm, in [0, 1); dropout is an exponential competing risk with
    /// hazard −ln(1 − D) per year. rpact: <c>dropoutRate1 = dropoutRate2 = D, dropoutTime = 1</c>.
    /// </summary>
    public double Dropout { get; init; }

    /// <summary>Control-arm hazard λ₂ per year.</summary>
    public double ControlHazard => Control.Hazard;

    /// <summary>Experimental-arm hazard λ₁ = HR × λ₂ per year.</summary>
    public double ExperimentalHazard => HazardRatio * Control.Hazard;

    /// <summary>Dropout hazard φ = −ln(1 − D) per year (the same in both arms).</summary>
    public double DropoutHazard => -Math.Log(1 - Dropout);

    /// <summary>Calendar time of the planned analysis: accrual + minimum follow-up, in years.</summary>
    public double StudyYears => AccrualYears + FollowupYears;

    /// <summary>Throws <see cref="TrialDesignException"/> naming the first assumption outside its valid range.</summary>
    public void Validate()
    {
        if (!(Alpha > 0 && Alpha < 1))
            throw new TrialDesignException("alpha", $"the two-sided type I error must be strictly between 0 and 1 (e.g. 0.05); got {F(Alpha)}");
        if (!(Power > Alpha && Power < 1))
            throw new TrialDesignException("power", $"the power must be greater than alpha ({F(Alpha)}) and less than 1 (e.g. 0.8); got {F(Power)}");
        if (!(HazardRatio > 0))
            throw new TrialDesignException("hr", $"the hazard ratio must be positive; got {F(HazardRatio)}");
        if (!(HazardRatio < 1))
            throw new TrialDesignException("hr", $"the hazard ratio must be below 1 for a superiority trial (experimental arm better than control, e.g. 0.6); got {F(HazardRatio)}");
        if (!(Allocation > 0) || double.IsInfinity(Allocation))
            throw new TrialDesignException("allocation", $"the allocation ratio experimental:control must be positive (1 for 1:1, 2 for 2:1); got {F(Allocation)}");
        if (Control is null)
            throw new TrialDesignException("control-median", "the control arm is missing: give its median EFS or its EFS at a time");
        if (!(AccrualYears > 0) || double.IsInfinity(AccrualYears))
            throw new TrialDesignException("accrual-years", $"the accrual period must be a positive number of years; got {F(AccrualYears)}");
        if (!(FollowupYears >= 0) || double.IsInfinity(FollowupYears))
            throw new TrialDesignException("followup-years", $"the minimum follow-up must be zero or a positive number of years; got {F(FollowupYears)}");
        if (!(Dropout >= 0 && Dropout < 1))
            throw new TrialDesignException("dropout", $"the dropout must be a probability of dropping out within one year in [0, 1) (e.g. 0.1); got {F(Dropout)}");
    }

    private static string F(double value) => ControlArm.Format(value);
}

namespace Mibg.Core.Plan;

/// <summary>
/// Assumptions of the randomised trial (design/domain.md, "Trial design"), stated and editable.
/// </summary>
public sealed record TrialAssumptions
{
    /// <summary>
    /// Assumed hazard ratio (irradiation : control), in (0, 1) ∪ (1, ∞); null (default) = the EFS hazard ratio the
    /// study's own counterfactual implies in the oligo population (local_control), so the trial is sized for the effect
    /// the data support, not for an assumed one.
    /// </summary>
    public double? HazardRatio { get; init; }
    /// <summary>Power, in (0, 1). Default 0.8.</summary>
    public double Power { get; init; } = 0.8;
    /// <summary>Two-sided α, in (0, 1). Default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;
    /// <summary>Events formula: <c>schoenfeld</c> or <c>freedman</c>. Default <c>schoenfeld</c>.</summary>
    public TrialSizingMethod Method { get; init; } = TrialSizingMethod.Schoenfeld;
    /// <summary>Allocation ratio experimental : control, &gt; 0. Default 1.</summary>
    public double Allocation { get; init; } = 1;
    /// <summary>Uniform accrual period, years, &gt; 0. Default 5.</summary>
    public double AccrualYears { get; init; } = 5;
    /// <summary>Minimum follow-up after accrual ends, years, ≥ 0. Default 3.</summary>
    public double FollowupYears { get; init; } = 3;
    /// <summary>Control-arm EFS median in years; null = the cohort's landmark EFS median among persistent patients.</summary>
    public double? ControlMedianYears { get; init; }
    /// <summary>Yearly dropout probability per arm, in [0, 1). Default 0.</summary>
    public double Dropout { get; init; }
    /// <summary>Stage M neuroblastoma patients over 1 year treated per centre per year, &gt; 0. Default 10 (the seed centre: about 200 in 21 years).</summary>
    public double StageMPerCenterYear { get; init; } = 10;
    /// <summary>Share of trial-eligible patients who consent, in (0, 1]. Default 0.8.</summary>
    public double ConsentRate { get; init; } = 0.8;
    /// <summary>Numbers of centres to tabulate accrual for. Default [1, 5, 10, 20].</summary>
    public IReadOnlyList<int> Centers { get; init; } = [1, 5, 10, 20];
    /// <summary>Simulated trials for the power check, ≥ 0 (0 = no simulation). Default 1000.</summary>
    public int SimulationTrials { get; init; } = 1000;
    /// <summary>Seed of the simulation. Default 20260101.</summary>
    public int SimulationSeed { get; init; } = 20260101;
}

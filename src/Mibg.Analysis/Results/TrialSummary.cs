using Mibg.Core.Plan;
namespace Mibg.Analysis.Results;

/// <summary>
/// The randomised trial the study argues for, sized from the cohort's own numbers (design/analysis.md
/// step 10): events and subjects for the plan's hazard ratio, accrual years for 1, 5, 10, 20 centres from
/// the incidence of persistent oligo-skeletal disease, and simulated power.
/// </summary>
public sealed record TrialSummary
{
    /// <summary>Sizing method (<c>schoenfeld</c> or <c>freedman</c>).</summary>
    public required TrialSizingMethod Method { get; init; }
    /// <summary>Hazard ratio the trial is sized for (experimental : control).</summary>
    public required double HazardRatio { get; init; }
    /// <summary>Where <see cref="HazardRatio"/> comes from: the counterfactual (default) or the plan.</summary>
    public string HazardRatioSource { get; init; } = "";
    /// <summary>The EFS hazard ratio the counterfactual implies in the oligo population (null when it has no EFS event).</summary>
    public double? ImpliedHazardRatio { get; init; }
    /// <summary>Centres needed to accrue <see cref="SubjectsRequired"/> within <see cref="AccrualYears"/> (the sizing's accrual), rounded up.</summary>
    public int CentersNeeded { get; init; }
    /// <summary>Power.</summary>
    public required double Power { get; init; }
    /// <summary>Two-sided α.</summary>
    public required double Alpha { get; init; }
    /// <summary>Accrual period, years.</summary>
    public required double AccrualYears { get; init; }
    /// <summary>Minimum follow-up, years.</summary>
    public required double FollowupYears { get; init; }
    /// <summary>Control-arm EFS median, years (plan value, or the cohort's persistent landmark EFS median).</summary>
    public required double ControlMedianYears { get; init; }
    /// <summary>Where <see cref="ControlMedianYears"/> came from.</summary>
    public required string ControlMedianSource { get; init; }
    /// <summary>Events required (unrounded).</summary>
    public required double Events { get; init; }
    /// <summary>Subjects required (unrounded).</summary>
    public required double Subjects { get; init; }
    /// <summary>Events, rounded up.</summary>
    public required int EventsRequired { get; init; }
    /// <summary>Subjects, rounded up.</summary>
    public required int SubjectsRequired { get; init; }
    /// <summary>Oligo patients (persistent oligo-skeletal uptake after HDC) over the study's stage M patients at diagnosis (docs/domain.md, "Trial design").</summary>
    public required double OligoShare { get; init; }
    /// <summary>Stage M patients per centre-year (plan).</summary>
    public required double StageMPerCenterYear { get; init; }
    /// <summary>Consent rate (plan).</summary>
    public required double ConsentRate { get; init; }
    /// <summary>Trial-eligible patients per centre-year = stage M per centre-year × oligo share × consent.</summary>
    public required double EligiblePerCenterYear { get; init; }
    /// <summary>Accrual per number of centres.</summary>
    public required IReadOnlyList<TrialFeasibilityRow> Feasibility { get; init; }
    /// <summary>Simulated power of the sized trial; null when not simulated.</summary>
    public double? SimulatedPower { get; init; }
    /// <summary>Monte-Carlo standard error of <see cref="SimulatedPower"/>.</summary>
    public double? SimulatedPowerSe { get; init; }
    /// <summary>Simulated trials.</summary>
    public int? SimulationTrials { get; init; }
    /// <summary>Protocol paragraph (statistical section) for the trial.</summary>
    public string? Protocol { get; init; }
}

/// <summary>Accrual for a number of centres.</summary>
/// <param name="Centers">Participating centres.</param>
/// <param name="PatientsPerYear">Trial patients accrued per year.</param>
/// <param name="AccrualYears">Years to accrue the required subjects.</param>
public sealed record TrialFeasibilityRow(int Centers, double PatientsPerYear, double AccrualYears);

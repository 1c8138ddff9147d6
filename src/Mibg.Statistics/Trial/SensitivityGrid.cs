namespace Mibg.Statistics.Trial;

/// <summary>One cell of a sensitivity grid: the trial a hazard ratio and a control-arm EFS need at a given accrual rate.</summary>
/// <param name="HazardRatio">Hazard ratio experimental:control.</param>
/// <param name="ControlSurvival">Control-arm EFS at <see cref="SensitivityGrid.SurvivalAtYears"/>.</param>
/// <param name="EventsRequired">Events (rounded up).</param>
/// <param name="SubjectsRequired">Patients (rounded up) with accrual lasting <paramref name="AccrualYears"/>.</param>
/// <param name="AccrualYears">Accrual years at which the enrolment rate yields exactly the patients needed; <c>null</c> if over 1000 years.</param>
public sealed record SensitivityCell(double HazardRatio, double ControlSurvival, int EventsRequired, int? SubjectsRequired, double? AccrualYears);

/// <summary>
/// How events, patients and accrual time vary with the hazard ratio (0.5–0.8) and the control-arm EFS, at a given
/// enrolment rate: for each cell the accrual period is solved so that rate × accrual = patients needed
/// (<see cref="TrialFeasibility.SelfConsistentAccrualYears"/>). The fixed assumptions are here, in one place.
/// </summary>
public static class SensitivityGrid
{
    /// <summary>Hazard ratios of the grid rows: 0.5 to 0.8 by 0.05.</summary>
    public static IReadOnlyList<double> HazardRatios { get; } = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

    /// <summary>Control-arm EFS of the grid columns, at <see cref="SurvivalAtYears"/>.</summary>
    public static IReadOnlyList<double> ControlSurvivals { get; } = [0.2, 0.3, 0.4, 0.5];

    /// <summary>Time (years) at which the control-arm EFS of the columns is given: 3.</summary>
    public const double SurvivalAtYears = 3;

    /// <summary>Fixed assumptions of the grid: 80% power, two-sided α 0.05, 1:1, Schoenfeld, 2 years minimum follow-up, no dropout.</summary>
    public static TrialDesign Template { get; } = new()
    {
        HazardRatio = 0.6, Power = 0.8, Alpha = 0.05, Method = SampleSizeMethod.Schoenfeld, Allocation = 1,
        Control = ControlArm.FromSurvival(0.4, SurvivalAtYears), AccrualYears = 1, FollowupYears = 2, Dropout = 0,
    };

    /// <summary>The grid at <paramref name="patientsPerYear"/> enrolled patients per year (&gt; 0), rows by hazard ratio.</summary>
    public static IReadOnlyList<SensitivityCell> Compute(double patientsPerYear, TrialDesign? template = null)
    {
        var baseDesign = template ?? Template;
        var cells = new List<SensitivityCell>();
        foreach (var hr in HazardRatios)
            foreach (var survival in ControlSurvivals)
            {
                var design = baseDesign with { HazardRatio = hr, Control = ControlArm.FromSurvival(survival, SurvivalAtYears) };
                var years = TrialFeasibility.SelfConsistentAccrualYears(design, patientsPerYear);
                var size = TrialSize.Compute(years is { } y ? design with { AccrualYears = y } : design);
                cells.Add(new SensitivityCell(hr, survival, size.EventsRequired, years is null ? null : size.SubjectsRequired, years));
            }
        return cells;
    }
}

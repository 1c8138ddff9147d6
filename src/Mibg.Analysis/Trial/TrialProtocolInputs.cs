using Mibg.Statistics.Trial;

namespace Mibg.Analysis.Trial;

/// <summary>
/// Everything the trial-protocol paragraph needs, as plain values: the design assumptions of <c>mibg trial size</c>
/// and the cohort's own numbers for feasibility (design/domain.md, "Trial design"). Give the control arm either by
/// <see cref="ControlMedianYears"/> or by <see cref="ControlSurvival"/> at <see cref="ControlSurvivalAtYears"/>.
/// </summary>
public sealed record TrialProtocolInputs
{
    /// <summary>Hazard ratio experimental:control, in (0, 1).</summary>
    public required double HazardRatio { get; init; }

    /// <summary>Power, in (α, 1); default 0.8.</summary>
    public double Power { get; init; } = 0.8;

    /// <summary>Two-sided α, in (0, 1); default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Events formula; default Schoenfeld.</summary>
    public SampleSizeMethod Method { get; init; } = SampleSizeMethod.Schoenfeld;

    /// <summary>Allocation experimental:control; default 1.</summary>
    public double Allocation { get; init; } = 1;

    /// <summary>Control-arm median EFS in years (or <c>null</c> when given by survival at a time).</summary>
    public double? ControlMedianYears { get; init; }

    /// <summary>Control-arm EFS at <see cref="ControlSurvivalAtYears"/>, in (0, 1).</summary>
    public double? ControlSurvival { get; init; }

    /// <summary>Time in years at which <see cref="ControlSurvival"/> is given.</summary>
    public double? ControlSurvivalAtYears { get; init; }

    /// <summary>Planned accrual period in years (used for sizing), &gt; 0.</summary>
    public required double AccrualYears { get; init; }

    /// <summary>Minimum follow-up in years, ≥ 0.</summary>
    public required double FollowupYears { get; init; }

    /// <summary>Probability of dropping out within one year, per arm, in [0, 1); default 0.</summary>
    public double Dropout { get; init; }

    /// <summary>The cohort's share of stage M patients with persistent oligo-skeletal mIBG uptake after HDC, in (0, 1].</summary>
    public required double OligoSkeletalIncidence { get; init; }

    /// <summary>Optional counts behind <see cref="OligoSkeletalIncidence"/> for the text ("12 of 80"): patients with the finding.</summary>
    public int? OligoSkeletalPatients { get; init; }

    /// <summary>Optional counts behind <see cref="OligoSkeletalIncidence"/>: evaluable stage M patients.</summary>
    public int? EvaluablePatients { get; init; }

    /// <summary>Stage M patients treated per centre and year, &gt; 0.</summary>
    public required double StageMPatientsPerCenterYear { get; init; }

    /// <summary>Share of eligible patients expected to consent, in (0, 1]; default 1.</summary>
    public double ConsentRate { get; init; } = 1;

    /// <summary>Simulated trials for the Monte Carlo power check (≥ 1); default 10,000.</summary>
    public int SimulatedTrials { get; init; } = 10_000;

    /// <summary>Seed of the simulation (results do not depend on the thread count).</summary>
    public ulong Seed { get; init; } = 20240601;

    /// <summary>The design these inputs describe; throws <see cref="TrialDesignException"/> naming a value out of range.</summary>
    public TrialDesign ToDesign()
    {
        var control = (ControlMedianYears, ControlSurvival, ControlSurvivalAtYears) switch
        {
            ({ } m, null, null) => ControlArm.FromMedian(m),
            (null, { } s, { } t) => ControlArm.FromSurvival(s, t),
            _ => throw new TrialDesignException("control-median", "give the control arm either by its median EFS or by its EFS at a time (survival and time together)"),
        };
        var design = new TrialDesign
        {
            HazardRatio = HazardRatio, Power = Power, Alpha = Alpha, Method = Method, Allocation = Allocation, Control = control,
            AccrualYears = AccrualYears, FollowupYears = FollowupYears, Dropout = Dropout,
        };
        design.Validate();
        return design;
    }
}

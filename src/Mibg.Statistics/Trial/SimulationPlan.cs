namespace Mibg.Statistics.Trial;

/// <summary>
/// A Monte Carlo check of a trial design: <see cref="Trials"/> simulated trials of <see cref="Subjects"/> patients
/// under <see cref="Design"/>'s assumptions, each analysed by a two-sided log-rank test at level α.
/// </summary>
public sealed record SimulationPlan
{
    /// <summary>The assumptions (hazards, accrual, follow-up, dropout, α, allocation).</summary>
    public required TrialDesign Design { get; init; }

    /// <summary>Patients per simulated trial, ≥ 2 and at least one per arm after allocation k:1.</summary>
    public required int Subjects { get; init; }

    /// <summary>
    /// Planned events: each trial is analysed when its <see cref="Events"/>-th event occurs (all patients followed
    /// until then; if fewer events ever occur, at the last one). <c>null</c>: analysed at calendar time accrual +
    /// minimum follow-up. 1 ≤ Events ≤ Subjects.
    /// </summary>
    public int? Events { get; init; }

    /// <summary>Number of simulated trials, 1 to 100,000,000.</summary>
    public required int Trials { get; init; }

    /// <summary>Seed: trial i draws from a stream derived from (Seed, i) only, so results do not depend on threads.</summary>
    public ulong Seed { get; init; } = 20240601;

    /// <summary>Worker threads (≥ 1); <c>null</c> uses every core.</summary>
    public int? Threads { get; init; }

    /// <summary>Patients allocated to the experimental arm: round(Subjects·k/(1 + k)).</summary>
    public int ExperimentalSubjects => (int)Math.Round(Subjects * Design.Allocation / (1 + Design.Allocation), MidpointRounding.AwayFromZero);

    /// <summary>Throws <see cref="TrialDesignException"/> naming the first value outside its range (subjects, events, trials, threads, or a design assumption).</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Design);
        Design.Validate();
        if (Subjects < 2)
            throw new TrialDesignException("subjects", $"a simulated trial needs at least 2 patients; got {Subjects}");
        if (ExperimentalSubjects < 1 || Subjects - ExperimentalSubjects < 1)
            throw new TrialDesignException("subjects", $"{Subjects} patients at allocation {ControlArm.Format(Design.Allocation)}:1 leave an arm empty; enrol more patients");
        if (Events is { } d && (d < 1 || d > Subjects))
            throw new TrialDesignException("events", $"the planned events must be between 1 and the number of patients ({Subjects}); got {d}");
        if (Trials is < 1 or > 100_000_000)
            throw new TrialDesignException("trials", $"the number of simulated trials must be between 1 and 100,000,000; got {Trials}");
        if (Threads is < 1)
            throw new TrialDesignException("threads", $"the number of threads must be at least 1; got {Threads}");
    }
}

/// <summary>
/// What the simulated trials showed (design/cli.md, <c>trial simulate</c>).
/// </summary>
/// <param name="Trials">Simulated trials.</param>
/// <param name="Power">Share of trials where the two-sided log-rank test was significant at α in favour of the experimental arm.</param>
/// <param name="PowerSe">Monte Carlo standard error of <paramref name="Power"/>: √(p(1 − p)/trials).</param>
/// <param name="Subjects">Patients per trial.</param>
/// <param name="PlannedEvents">Events at which each trial was analysed; <c>null</c> for analysis at calendar time.</param>
/// <param name="MeanEvents">Mean number of events at the analysis.</param>
/// <param name="MeanDurationYears">Mean calendar time from first enrolment to the analysis, in years.</param>
/// <param name="AnalyticPower">The formula's power (<see cref="RequiredEvents.Power"/>) at the planned events, or at the expected events (subjects × P(event)) for a calendar-time analysis.</param>
public sealed record SimulationResult(
    int Trials,
    double Power,
    double PowerSe,
    int Subjects,
    int? PlannedEvents,
    double MeanEvents,
    double MeanDurationYears,
    double AnalyticPower);

namespace Mibg.Analysis.Results;

/// <summary>
/// Everything one analysis of a study produces (design/analysis.md, "results.json contract"): a plain,
/// immutable record tree. Serialised with snake_case names (<see cref="ResultsJson"/>) it is
/// <c>results.json</c>; the report renders it and computes nothing. Every count names its patients.
/// The first block of properties is the contract (names fixed); the rest is what the report draws.
/// </summary>
public sealed record StudyResults
{
    /// <summary>Size of the study as read: patients, scans, reads, events.</summary>
    public required StudyCounts Study { get; init; }
    /// <summary>Cohort flow (STROBE): one step per eligibility criterion; the last step is the eligible cohort.</summary>
    public required IReadOnlyList<FlowStep> Flow { get; init; }
    /// <summary>Every excluded patient with the first criterion failed.</summary>
    public required IReadOnlyList<Exclusion> Excluded { get; init; }
    /// <summary>Scan ids without a usable read under the plan's read resolution (e.g. waiting for a consensus).</summary>
    public required IReadOnlyList<string> PendingReads { get; init; }
    /// <summary>Persistent skeletal uptake after HDC among eligible patients, with its confidence interval.</summary>
    public required PersistenceProportion Persistent { get; init; }
    /// <summary>Groups of design/analysis.md step 3, each with its sorted patient ids.</summary>
    public required IReadOnlyList<GroupMembers> Groups { get; init; }
    /// <summary>SIOPEN total median [min–max] per group and time point (step 4).</summary>
    public required IReadOnlyList<ScoreSummary> Scores { get; init; }
    /// <summary>Follow-up per group among patients without an event (step 5).</summary>
    public required IReadOnlyList<FollowUpSummary> Followup { get; init; }
    /// <summary>Relapse sites classified persistent / cleared / new (step 7).</summary>
    public required RelapseSites RelapseSites { get; init; }
    /// <summary>Persistent patients with oligo-skeletal disease on the post-HDC scan (step 8).</summary>
    public required OligoResult Oligo { get; init; }
    /// <summary>Kaplan–Meier EFS and OS curves with log-rank tests (step 6).</summary>
    public required IReadOnlyList<SurvivalComparison> Survival { get; init; }
    /// <summary>Reader agreement on double-read scans (step 9); null when no scan was read twice.</summary>
    public required AgreementSummary? Agreement { get; init; }
    /// <summary>Trial sizing from the cohort's own numbers (step 10); null when it cannot be computed.</summary>
    public required TrialSummary? Trial { get; init; }
    /// <summary>Why <see cref="Trial"/> is null, when it is.</summary>
    public string? TrialNote { get; init; }
    /// <summary>Published vs computed figures (step 11); empty unless the plan names published figures.</summary>
    public required IReadOnlyList<PublishedFigure> Published { get; init; }

    // ---- beyond the contract: what the report draws ----

    /// <summary>Cox proportional-hazards models for persistence (step 6); empty when data do not allow one.</summary>
    public IReadOnlyList<CoxModelSummary> Cox { get; init; } = [];
    /// <summary>Cumulative incidence of relapse by pattern (competing risks) from the post-HDC scan; null when no event.</summary>
    public CumulativeIncidenceSummary? CumulativeIncidence { get; init; }
    /// <summary>Time-dependent Cox HR of persistence (status changes at the post-HDC scan), per endpoint (step 6).</summary>
    public IReadOnlyList<TimeDependentCoxSummary> TimeDependentCox { get; init; } = [];
    /// <summary>Counterfactual local control of persistent sites (step 8).</summary>
    public LocalControlResult? LocalControl { get; init; }
    /// <summary>Follow-up of the whole eligible cohort: observed among event-free patients and reverse Kaplan–Meier.</summary>
    public CohortFollowUp? CohortFollowup { get; init; }
    /// <summary>Per-segment positivity by time point (the heat map).</summary>
    public IReadOnlyList<SegmentFrequency> SegmentFrequencies { get; init; } = [];
    /// <summary>One swimmer-plot row per persistent patient.</summary>
    public IReadOnlyList<SwimmerRow> Swimmer { get; init; } = [];
    /// <summary>Table 1: patient characteristics by group.</summary>
    public IReadOnlyList<Table1Row> Table1 { get; init; } = [];
    /// <summary>Time point and resolved SIOPEN total of every scan.</summary>
    public IReadOnlyList<ScanTimePoint> Scans { get; init; } = [];
    /// <summary>Plan, data checksum and program version, so the analysis can be reproduced.</summary>
    public required Reproducibility Reproducibility { get; init; }
}

namespace Mibg.Analysis.Results;

/// <summary>
/// Observed follow-up of one group among its patients without an EFS event: from the plan's follow-up
/// origin (default diagnosis) to last contact, in years (days ÷ 365.25). Null statistics when N is 0.
/// </summary>
public sealed record FollowUpSummary
{
    /// <summary>Group code.</summary>
    public required string Group { get; init; }
    /// <summary>Event-free patients counted.</summary>
    public required int N { get; init; }
    /// <summary>Median follow-up, years.</summary>
    public required double? MedianYears { get; init; }
    /// <summary>Shortest follow-up, years.</summary>
    public required double? MinYears { get; init; }
    /// <summary>Longest follow-up, years.</summary>
    public required double? MaxYears { get; init; }
    /// <summary>Patients counted, sorted.</summary>
    public required IReadOnlyList<string> Patients { get; init; }
}

/// <summary>
/// Follow-up of the whole eligible cohort from diagnosis: observed median [range] among patients without
/// an EFS event, and the reverse Kaplan–Meier median (Schemper &amp; Smith 1996) over all patients.
/// </summary>
public sealed record CohortFollowUp
{
    /// <summary>Observed follow-up of event-free patients.</summary>
    public required FollowUpSummary Observed { get; init; }
    /// <summary>Reverse Kaplan–Meier median follow-up in years; null when not reached.</summary>
    public double? ReverseKmMedianYears { get; init; }
}

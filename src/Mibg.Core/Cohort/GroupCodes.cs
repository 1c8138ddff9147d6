namespace Mibg.Core.Cohort;

/// <summary>The group codes of design/analysis.md step 3 (names fixed by the results.json contract).</summary>
public static class GroupCodes
{
    /// <summary>Post-HDC total at or below the persistence threshold (default 0).</summary>
    public const string ClearedAfterHdc = "cleared_after_hdc";
    /// <summary>Post-HDC total above the persistence threshold (the union of the persistent groups).</summary>
    public const string Persistent = "persistent";
    /// <summary>First disease event after the post-HDC scan and on or before end_of_treatment_date (or with no end_of_treatment_date).</summary>
    public const string ProgressionDuringMaintenance = "progression_during_maintenance";
    /// <summary>No disease event by end of treatment, end-of-treatment total 0.</summary>
    public const string CrAtEndOfTreatment = "cr_at_end_of_treatment";
    /// <summary>No disease event by end of treatment, end-of-treatment total above 0 (union of the next two).</summary>
    public const string PersistentAtEndOfTreatment = "persistent_at_end_of_treatment";
    /// <summary>Persistent at end of treatment, no disease event afterwards.</summary>
    public const string PersistentResponse = "persistent_response";
    /// <summary>Persistent at end of treatment, disease event afterwards.</summary>
    public const string ProgressionAfterTreatment = "progression_after_treatment";
    /// <summary>Persistent, died without a disease event before the end-of-treatment assessment or while still positive at end of treatment.</summary>
    public const string DeathWithoutProgression = "death_without_progression";
    /// <summary>Persistent, but no group can be decided (listed with the reason).</summary>
    public const string NotEvaluable = "not_evaluable";
    /// <summary>progression_during_maintenance ∪ progression_after_treatment (score summaries).</summary>
    public const string Progressed = "progressed";

    /// <summary>Every group in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ClearedAfterHdc, Persistent, ProgressionDuringMaintenance, CrAtEndOfTreatment, PersistentAtEndOfTreatment,
        PersistentResponse, ProgressionAfterTreatment, DeathWithoutProgression, NotEvaluable, Progressed,
    ];

    /// <summary>The groups a leaf group belongs to (itself and its unions).</summary>
    public static IReadOnlyList<string> Containing(string leaf) => leaf switch
    {
        ClearedAfterHdc => [ClearedAfterHdc],
        ProgressionDuringMaintenance => [Persistent, ProgressionDuringMaintenance, Progressed],
        CrAtEndOfTreatment => [Persistent, CrAtEndOfTreatment],
        PersistentResponse => [Persistent, PersistentAtEndOfTreatment, PersistentResponse],
        ProgressionAfterTreatment => [Persistent, PersistentAtEndOfTreatment, ProgressionAfterTreatment, Progressed],
        DeathWithoutProgression => [Persistent, DeathWithoutProgression],
        NotEvaluable => [Persistent, NotEvaluable],
        _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf, "not a leaf group"),
    };
}

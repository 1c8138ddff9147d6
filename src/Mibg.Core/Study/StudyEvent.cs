namespace Mibg.Core.Study;

/// <summary>A clinical event of a patient (design/data-dictionary.md, table <c>events</c>).</summary>
public sealed record StudyEvent
{
    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>Date of the event.</summary>
    public required DateOnly EventDate { get; init; }
    /// <summary>Kind of event.</summary>
    public required EventType EventType { get; init; }
    /// <summary>Sites: SIOPEN segment codes, <c>soft_tissue</c>, <c>bone_marrow</c>, <c>primary</c>.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];
    /// <summary>Free-text comment.</summary>
    public string? Comment { get; init; }
    /// <summary>Unknown columns kept as extra attributes.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra.Value;

    /// <summary>Progression or relapse (INRG disease events).</summary>
    public bool IsDiseaseEvent => EventType is EventType.Progression or EventType.Relapse;
}

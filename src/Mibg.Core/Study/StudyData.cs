namespace Mibg.Core.Study;

/// <summary>
/// A whole study: the tables of docs/data-dictionary.md (four required, two optional), validated. Extra (unknown) column names
/// are kept per table, in their original order, so an export reproduces them.
/// </summary>
public sealed record StudyData
{
    /// <summary>One row per patient.</summary>
    public required IReadOnlyList<Patient> Patients { get; init; }
    /// <summary>One row per mIBG scan.</summary>
    public required IReadOnlyList<Scan> Scans { get; init; }
    /// <summary>One row per scan per reader.</summary>
    public required IReadOnlyList<Read> Reads { get; init; }
    /// <summary>Zero or more rows per patient.</summary>
    public required IReadOnlyList<StudyEvent> Events { get; init; }
    /// <summary>Radiotherapy courses (optional table; empty when the study has none).</summary>
    public IReadOnlyList<RadiotherapyCourse> Radiotherapy { get; init; } = [];
    /// <summary>Response assessments (optional table; empty when the study has none).</summary>
    public IReadOnlyList<ResponseAssessment> Assessments { get; init; } = [];
    /// <summary>Unknown column names per table name (<c>patients</c>, <c>scans</c>, <c>reads</c>, <c>events</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExtraColumns { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
}

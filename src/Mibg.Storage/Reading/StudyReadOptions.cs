namespace Mibg.Storage.Reading;

/// <summary>Options of <see cref="StudyReader"/>.</summary>
public sealed record StudyReadOptions
{
    /// <summary>
    /// The day the no-future-date rule compares with. Null = today's UTC date from the system clock; tests and
    /// reproducible runs set it.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Longest cell accepted, in characters: 32,767, the limit of an Excel cell.</summary>
    public const int MaxCellLength = 32_767;
}

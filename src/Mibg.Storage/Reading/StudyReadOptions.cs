namespace Mibg.Storage.Reading;

/// <summary>Options of <see cref="StudyReader"/>.</summary>
public sealed record StudyReadOptions
{
    /// <summary>
    /// The day the no-future-date rule compares with. Null = today's UTC date from the system clock; tests and
    /// reproducible runs set it.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// Checks the image a scan names (<c>scans.image</c>): returns why it cannot be shown, or null when it can. Null
    /// (the default) = images are not checked. <c>mibg validate</c> sets it to read each image inside the image folder
    /// (docs/cli.md); a problem is a warning (<see cref="DiagnosticCodes.ImageUnreadable"/>), never an error.
    /// </summary>
    public Func<string, string?>? CheckImage { get; init; }

    /// <summary>Longest cell accepted, in characters: 32,767, the limit of an Excel cell.</summary>
    public const int MaxCellLength = 32_767;
}

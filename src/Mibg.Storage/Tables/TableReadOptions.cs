namespace Mibg.Storage.Tables;

/// <summary>Which field separators a CSV table may use.</summary>
public enum CsvSeparators
{
    /// <summary>
    /// Commas only (the study files, docs/data-dictionary.md): a file separated by semicolons or tabs is refused with a
    /// message saying how to save it as comma-separated.
    /// </summary>
    Comma,

    /// <summary>Comma, semicolon or tab, detected from the header row (tables given to the statistics commands).</summary>
    Detect,
}

/// <summary>How <see cref="TableReader.Open"/> reads a file.</summary>
public sealed record TableReadOptions
{
    /// <summary>Separators a CSV file may use; default <see cref="CsvSeparators.Detect"/>.</summary>
    public CsvSeparators Separators { get; init; } = CsvSeparators.Detect;

    /// <summary>
    /// With <see cref="CsvSeparators.Comma"/>: recognises a header written with another separator only when one of its
    /// parts is a known column name (lower-cased, trimmed); null = any header that splits in two or more parts.
    /// </summary>
    public Func<string, bool>? IsKnownColumn { get; init; }

    /// <summary>The sheet of an xlsx workbook (case-insensitive); null = the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>Commas only, as the study reader requires.</summary>
    public static TableReadOptions StudyFile { get; } = new() { Separators = CsvSeparators.Comma };
}

using Mibg.Storage.Reading;

namespace Mibg.Storage.Tables;

/// <summary>
/// The one way mibg reads a table from a file — the study reader and every statistics command: a CSV file (UTF-8,
/// RFC 4180 quoting, LF/CRLF, parsed with Sep; <see cref="CsvTableReader"/>) or a sheet of an xlsx workbook
/// (<see cref="XlsxTableReader"/>). The header is the first non-blank row; data rows are visited in order with the row
/// number a spreadsheet shows, and blank rows (every cell empty) are skipped without shifting later numbers.
/// Unquoted cells are trimmed; quoted cells are kept as written. A file that cannot be read as a table throws
/// <see cref="TableFileException"/> with located problems (encoding, separator, unterminated quote, damaged workbook).
/// </summary>
public abstract class TableReader : IDisposable
{
    /// <summary>The header cells, trimmed (an empty header cell is "").</summary>
    public abstract IReadOnlyList<string> Header { get; }

    /// <summary>Row number of the header.</summary>
    public abstract int HeaderRow { get; }

    /// <summary>Row number of the current data row.</summary>
    public abstract int RowNumber { get; }

    /// <summary>Cells in the current row (may differ from the header's count; the caller decides).</summary>
    public abstract int ColumnCount { get; }

    /// <summary>The text of cell <paramref name="column"/> of the current row; empty = missing. Valid until <see cref="MoveNext"/>.</summary>
    public abstract ReadOnlySpan<char> this[int column] { get; }

    /// <summary>Moves to the next non-blank data row; false at the end.</summary>
    /// <exception cref="TableFileException">The rest of the file cannot be read (e.g. bytes that are not UTF-8).</exception>
    public abstract bool MoveNext();

    /// <summary>Opens <paramref name="path"/>: an xlsx workbook by its extension, otherwise CSV.</summary>
    /// <exception cref="TableFileException">The file is not a readable table (the problems say why and where).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static TableReader Open(string path, TableReadOptions? options = null)
    {
        options ??= new TableReadOptions();
        return IsWorkbook(path) ? XlsxTableReader.OpenWorkbook(path, options.Sheet) : CsvTableReader.OpenCsv(path, options);
    }

    /// <summary>Whether <paramref name="path"/> names an xlsx workbook (by extension).</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The empty-file problem every format reports the same way.</summary>
    internal static TableFileException Empty(string what) => new(null, DiagnosticCodes.EmptyFile, what);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the file.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

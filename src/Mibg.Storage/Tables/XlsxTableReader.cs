using Mibg.Storage.Reading;
using Mibg.Storage.Reading.Internal.Xlsx;

namespace Mibg.Storage.Tables;

/// <summary>
/// One sheet of an xlsx workbook as a table (the project's own streaming xlsx reader): cell values only (a formula gives
/// its cached value), numbers as invariant text (3, 2.5), date-formatted numbers as ISO dates (YYYY-MM-DD), rows with
/// their real spreadsheet numbers. A file that is not a readable workbook, or a missing sheet, is a <see cref="TableFileException"/>.
/// </summary>
public sealed class XlsxTableReader : TableReader
{
    private readonly XlsxWorkbook? _owned;
    private readonly IEnumerator<(int Number, string?[] Cells)> _rows;
    private string?[] _cells = [];
    private int _number;

    private XlsxTableReader(XlsxWorkbook? owned, IEnumerator<(int Number, string?[] Cells)> rows, string[] header, int headerRow)
    {
        _owned = owned;
        _rows = rows;
        HeaderCells = header;
        HeaderNumber = headerRow;
    }

    private string[] HeaderCells { get; }

    private int HeaderNumber { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Header => HeaderCells;

    /// <inheritdoc/>
    public override int HeaderRow => HeaderNumber;

    /// <inheritdoc/>
    public override int RowNumber => _number;

    /// <inheritdoc/>
    public override int ColumnCount => _cells.Length;

    /// <inheritdoc/>
    public override ReadOnlySpan<char> this[int column] => _cells[column];

    /// <summary>Opens a workbook and reads the header of <paramref name="sheet"/> (null = the first sheet).</summary>
    public static XlsxTableReader OpenWorkbook(string path, string? sheet)
    {
        XlsxWorkbook workbook;
        try
        {
            workbook = new XlsxWorkbook(path);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException))
        {
            throw new TableFileException(null, DiagnosticCodes.NotXlsx,
                $"cannot open the file as an .xlsx workbook ({e.Message.TrimEnd('.')}); is it an old .xls, password-protected, or damaged? Save it from Excel as \"Excel Workbook (.xlsx)\" without a password");
        }
        try
        {
            var name = sheet is null
                ? workbook.SheetNames.FirstOrDefault() ?? throw new TableFileException(null, DiagnosticCodes.MissingSheet, "the workbook has no sheet")
                : workbook.SheetNames.FirstOrDefault(s => string.Equals(s.Trim(), sheet, StringComparison.OrdinalIgnoreCase))
                  ?? throw new TableFileException(null, DiagnosticCodes.MissingSheet,
                      $"the workbook has no sheet named '{sheet}' (sheets found: {(workbook.SheetNames.Count == 0 ? "none" : string.Join(", ", workbook.SheetNames))})");
            return Sheet(workbook, name, owned: workbook);
        }
        catch
        {
            workbook.Dispose();
            throw;
        }
    }

    /// <summary>A sheet of a workbook the caller keeps open (the study reader reads four sheets of one workbook).</summary>
    internal static XlsxTableReader Sheet(XlsxWorkbook workbook, string sheet, XlsxWorkbook? owned = null)
    {
        var rows = workbook.Rows(sheet).GetEnumerator();
        try
        {
            if (!Advance(rows)) throw Empty("the sheet is empty; it needs at least the header row");
            var (number, cells) = rows.Current;
            return new XlsxTableReader(owned, rows, [.. cells.Select(c => c?.Trim() ?? "")], number);
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override bool MoveNext()
    {
        if (!Advance(_rows)) return false;
        (_number, _cells) = _rows.Current;
        return true;
    }

    /// <summary>Next row; a damaged sheet (zip or XML errors of many kinds) is a problem, never a stack trace.</summary>
    private static bool Advance(IEnumerator<(int Number, string?[] Cells)> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or TableFileException))
        {
            throw new TableFileException(null, DiagnosticCodes.NotXlsx,
                $"the sheet cannot be read ({e.Message.TrimEnd('.')}); open the workbook in Excel and save it again as \"Excel Workbook (.xlsx)\"");
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _owned?.Dispose();
        }
        base.Dispose(disposing);
    }
}

using Mibg.Storage.Layout;
using Mibg.Storage.Reading.Internal.Xlsx;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Reads the four sheets of an .xlsx workbook (sheet names case-insensitive) with <see cref="XlsxWorkbook"/>.
/// Date cells become ISO <c>YYYY-MM-DD</c>; numbers become invariant-culture text (3, 2.5).
/// </summary>
internal static class XlsxTableSource
{
    public static RawTable?[] ReadWorkbook(string path, DiagnosticBag diagnostics)
    {
        var book = Path.GetFileName(path);
        XlsxWorkbook workbook;
        try
        {
            workbook = new XlsxWorkbook(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(book, null, null, DiagnosticCodes.NotXlsx,
                $"cannot open the file as an .xlsx workbook ({e.Message.TrimEnd('.')}); is it an old .xls, password-protected, or damaged? Save it from Excel as \"Excel Workbook (.xlsx)\" without a password");
            return new RawTable?[StudyTables.All.Count];
        }
        using var _ = workbook;
        var sheets = workbook.SheetNames;
        return StudyTables.All.Select(table =>
        {
            var label = $"{book}[{table}]";
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Trim(), table, StringComparison.OrdinalIgnoreCase));
            if (sheet is null && StudyTables.IsOptional(table))
                return null;
            if (sheet is null)
            {
                var present = sheets.Count == 0 ? "none" : string.Join(", ", sheets);
                var hint = table == StudyTables.Events ? "; a study without events still needs the sheet, with its header row only" : "";
                diagnostics.Error(label, null, null, DiagnosticCodes.MissingSheet,
                    $"the workbook has no sheet named '{table}' (sheets found: {present}){hint}");
                return null;
            }
            try
            {
                return ReadSheet(workbook, sheet, table, label, diagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // a damaged sheet (zip or XML errors of many kinds): reported, never shown as a stack trace
                diagnostics.Error(label, null, null, DiagnosticCodes.NotXlsx,
                    $"the sheet cannot be read ({e.Message.TrimEnd('.')}); open the workbook in Excel and save it again as \"Excel Workbook (.xlsx)\"");
                return null;
            }
        }).ToArray();
    }

    private static RawTable? ReadSheet(XlsxWorkbook workbook, string sheet, string table, string label, DiagnosticBag diagnostics)
    {
        var grid = workbook.Rows(sheet).ToList();
        if (grid.Count == 0)
        {
            diagnostics.Error(label, null, null, DiagnosticCodes.EmptyFile,
                $"the sheet is empty; it needs at least the header row ({string.Join(", ", StudyColumns.Of(table).Take(3))}, …)");
            return null;
        }
        var header = grid[0].Cells;
        var rows = grid.Skip(1).Select(r => new RawRow(r.Number, r.Cells)).ToArray();
        return new RawTable(table, label, grid[0].Number, header, rows);
    }
}

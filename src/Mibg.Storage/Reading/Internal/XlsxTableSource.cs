using Mibg.Storage.Layout;
using Mibg.Storage.Reading.Internal.Xlsx;
using Mibg.Storage.Tables;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Reads the four sheets of an .xlsx workbook (sheet names case-insensitive) through the one table layer (<see cref="XlsxTableReader"/>).
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
        try
        {
            using var reader = XlsxTableReader.Sheet(workbook, sheet);
            var rows = new List<RawRow>();
            while (reader.MoveNext())
            {
                var cells = new string?[reader.ColumnCount];
                for (var c = 0; c < cells.Length; c++) cells[c] = reader[c].IsEmpty ? null : reader[c].ToString();
                rows.Add(new RawRow(reader.RowNumber, cells));
            }
            return new RawTable(table, label, reader.HeaderRow, reader.Header, rows);
        }
        catch (TableFileException e) when (e.Problems[0].Code == DiagnosticCodes.EmptyFile)
        {
            diagnostics.Error(label, null, null, DiagnosticCodes.EmptyFile,
                $"the sheet is empty; it needs at least the header row ({string.Join(", ", StudyColumns.Of(table).Take(3))}, …)");
            return null;
        }
        catch (TableFileException e)
        {
            foreach (var problem in e.Problems) diagnostics.Error(label, problem.Row, null, problem.Code, problem.Message);
            return null;
        }
    }
}

using System.Globalization;
using Mibg.Storage.Layout;
using MiniExcelLibs;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Reads the four sheets of an .xlsx workbook (sheet names case-insensitive). Date cells become ISO
/// <c>YYYY-MM-DD</c>; numbers become invariant-culture text (3, 2.5).
/// </summary>
internal static class XlsxTableSource
{
    public static RawTable?[] ReadWorkbook(string path, DiagnosticBag diagnostics)
    {
        var book = Path.GetFileName(path);
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            diagnostics.Error(book, null, null, DiagnosticCodes.NotXlsx,
                $"cannot open the file as an .xlsx workbook ({e.Message.TrimEnd('.')}); is it an old .xls, password-protected, or damaged? Save it from Excel as \"Excel Workbook (.xlsx)\" without a password");
            return new RawTable?[StudyTables.All.Count];
        }
        return StudyTables.All.Select(table =>
        {
            var label = $"{book}[{table}]";
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Trim(), table, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                var present = sheets.Count == 0 ? "none" : string.Join(", ", sheets);
                var hint = table == StudyTables.Events ? "; a study without events still needs the sheet, with its header row only" : "";
                diagnostics.Error(label, null, null, DiagnosticCodes.MissingSheet,
                    $"the workbook has no sheet named '{table}' (sheets found: {present}){hint}");
                return null;
            }
            return ReadSheet(path, sheet, table, label, diagnostics);
        }).ToArray();
    }

    private static RawTable? ReadSheet(string path, string sheet, string table, string label, DiagnosticBag diagnostics)
    {
        var grid = new List<(int Number, string?[] Cells)>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet))
        {
            number++;
            var cells = row.Values.Select(Text).ToArray();
            if (cells.All(string.IsNullOrEmpty)) continue;
            grid.Add((number, cells));
        }
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

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString(StudyRowValues.DateFormat, CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double x when x == Math.Floor(x) && Math.Abs(x) < 1e15 => ((long)x).ToString(CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using System.Data;
using System.Globalization;
using System.Text;
using Mibg.Core.Study;
using Mibg.Storage.Layout;
using MiniExcelLibs;

namespace Mibg.Storage.Export;

/// <summary>
/// Writes a study in the layout of design/data-dictionary.md, so that reading it back gives the same study
/// (round trip). Columns in dictionary order, then the extra columns in their imported order. Birth dates are
/// never written (the model has none). Each file is written to a temporary name first and then moved into
/// place, so a failure never leaves a half-written file.
/// </summary>
public static class StudyExport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <c>patients.csv</c>, <c>scans.csv</c>, <c>reads.csv</c> and <c>events.csv</c> into
    /// <paramref name="directory"/> (created if needed): UTF-8 without BOM, comma-separated, LF line ends,
    /// RFC 4180 quoting only where needed.
    /// </summary>
    public static void ToCsvFolder(StudyData study, string directory)
    {
        ArgumentNullException.ThrowIfNull(study);
        Directory.CreateDirectory(directory);
        foreach (var table in StudyTableRows.Of(study))
        {
            var path = Path.Combine(directory, StudyTables.CsvFileName(table.Table));
            var temp = path + ".partial";
            using (var writer = new StreamWriter(temp, false, Utf8NoBom))
            {
                writer.NewLine = "\n";
                writer.WriteLine(string.Join(',', table.Header.Select(h => Quote(Cell(h, table.Table)))));
                var line = new StringBuilder();
                foreach (var row in table.Rows)
                {
                    line.Clear();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (i > 0) line.Append(',');
                        line.Append(Quote(Cell(Format(row[i]), table.Table)));
                    }
                    writer.WriteLine(line);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
    }

    /// <summary>
    /// Writes an .xlsx workbook with the sheets <c>patients</c>, <c>scans</c>, <c>reads</c>, <c>events</c>:
    /// scores and counts as number cells, dates as ISO <c>YYYY-MM-DD</c> text cells (unambiguous in every locale).
    /// The same study always gives the same bytes.
    /// </summary>
    public static void ToXlsx(StudyData study, string path)
    {
        ArgumentNullException.ThrowIfNull(study);
        var sheets = new Dictionary<string, object>();
        foreach (var table in StudyTableRows.Of(study))
        {
            var data = new DataTable(table.Table) { Locale = CultureInfo.InvariantCulture };
            foreach (var column in table.Header) data.Columns.Add(column, typeof(object));
            foreach (var row in table.Rows) data.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
            sheets[table.Table] = data;
        }
        var raw = path + ".partial-raw.xlsx";
        var temp = path + ".partial.xlsx";
        try
        {
            MiniExcel.SaveAs(raw, sheets, overwriteFile: true);
            if (File.Exists(temp)) File.Delete(temp);
            DeterministicXlsx.Rewrite(raw, temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(raw);
            File.Delete(temp);
        }
    }

    /// <summary>A CSV cell: control characters refused, formula starts neutralised (<see cref="CsvFormulaGuard"/>).</summary>
    private static string Cell(string text, string table) =>
        TextRules.ForbiddenControl(text) is { } ch
            ? throw new StudyStoreException($"{table}: a value holds the control character {TextRules.Name(ch)}, which a CSV file cannot carry safely; correct it in the store first")
            : CsvFormulaGuard.Neutralise(text);

    private static string Format(object? value) => value switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string field)
    {
        var needs = field.Length > 0 && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}

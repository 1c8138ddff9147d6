using System.Runtime.CompilerServices;
using System.Globalization;
using Mibg.Cli.Infrastructure;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// Reads the columns a statistics command uses from a CSV file (comma, semicolon or tab separated, detected from the
/// header; Sep) or the first sheet of an xlsx workbook (MiniExcel). Numbers are read with the invariant culture (a
/// point as decimal separator). An empty cell or <c>NA</c> is missing: the row is dropped and counted. Every other
/// problem is a <see cref="UserInputException"/> naming the file, the row (the header is row 1) and the value.
/// </summary>
public static class TableInput
{
    /// <summary>Reads and checks <paramref name="columns"/> of the table at <paramref name="path"/>.</summary>
    public static TableData Read(string path, IReadOnlyList<InputColumn> columns)
    {
        if (!File.Exists(path)) throw new UserInputException($"{path}: no such file.");
        var isExcel = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        var sink = new ColumnSink(Path.GetFileName(path), columns);
        try
        {
            if (isExcel) ReadExcel(path, sink);
            else ReadCsv(path, sink);
        }
        catch (IOException e)
        {
            throw new UserInputException($"{path}: cannot be read: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException($"{path}: is not a readable xlsx workbook: {e.Message}");
        }
        return sink.Build().RequireRows(columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    private static void ReadCsv(string path, ColumnSink sink)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(path);
        var header = reader.Header.ColNames;
        if (header.Count == 0) throw new UserInputException($"{sink.Source}: the file is empty (no header row).");
        var indices = sink.Resolve(header);
        foreach (var row in reader)
        {
            // A blank line is skipped, not dropped (R's read.csv: blank.lines.skip = TRUE).
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                sink.SkipRow();
                continue;
            }
            for (var c = 0; c < indices.Length; c++)
                sink.Cell(c, indices[c] < row.ColCount ? row[indices[c]].Span : []);
            sink.EndRow();
        }
    }

    private static void ReadExcel(string path, ColumnSink sink)
    {
        var header = MiniExcel.GetColumns(path, useHeaderRow: true)?.ToList() ?? [];
        if (header.Count == 0) throw new UserInputException($"{sink.Source}: the first sheet is empty (no header row).");
        var indices = sink.Resolve(header);
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: true))
        {
            if (row.Values.All(v => v is null || (v is string text && string.IsNullOrWhiteSpace(text))))
            {
                sink.SkipRow();
                continue;
            }
            for (var c = 0; c < indices.Length; c++)
            {
                row.TryGetValue(header[indices[c]], out var value);
                sink.Cell(c, CellText(value).AsSpan().Trim());
            }
            sink.EndRow();
        }
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        bool b => b ? "1" : "0",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

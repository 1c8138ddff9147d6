using System.Runtime.CompilerServices;
using Mibg.Cli.Infrastructure;
using Mibg.Storage.Reading;
using Mibg.Storage.Tables;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// Reads the columns a statistics command uses from a table file through the project's one table layer
/// (<see cref="TableReader"/>: CSV parsed with Sep — comma, semicolon or tab separated, detected from the header, UTF-8 —
/// or the first sheet of an xlsx workbook). Numbers are read with the invariant culture (a point as decimal separator).
/// An empty cell or <c>NA</c> is missing: the row is dropped and counted; blank rows are skipped. Every other problem
/// is a <see cref="UserInputException"/> naming the file, the row (as a spreadsheet numbers it) and the value.
/// </summary>
public static class TableInput
{
    /// <summary>Reads and checks <paramref name="columns"/> of the table at <paramref name="path"/>.</summary>
    public static TableData Read(string path, IReadOnlyList<InputColumn> columns)
    {
        if (!File.Exists(path)) throw new UserInputException($"{path}: no such file.");
        var sink = new ColumnSink(Path.GetFileName(path), columns);
        try
        {
            using var reader = TableReader.Open(path);
            Read(reader, sink);
        }
        catch (TableFileException e)
        {
            var problem = e.Problems[0];
            var where = problem.Row is { } row ? $"{sink.Source}, row {row}" : sink.Source;
            var message = problem.Code == DiagnosticCodes.EmptyFile ? "the file is empty (no header row)" : problem.Message;
            throw new UserInputException($"{where}: {message}.");
        }
        catch (IOException e)
        {
            throw new UserInputException($"{path}: cannot be read: {e.Message}");
        }
        return sink.Build().RequireRows(columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    private static void Read(TableReader reader, ColumnSink sink)
    {
        var indices = sink.Resolve(reader.Header);
        while (reader.MoveNext())
        {
            sink.BeginRow(reader.RowNumber);
            var count = reader.ColumnCount;
            for (var c = 0; c < indices.Length; c++)
                sink.Cell(c, indices[c] < count ? reader[indices[c]] : []);
            sink.EndRow();
        }
    }
}

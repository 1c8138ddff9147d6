using Mibg.Storage.Layout;
using Mibg.Storage.Tables;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Reads the four tables of a CSV folder through the one table layer (<see cref="CsvTableReader"/>, commas only):
/// UTF-8 (a BOM is accepted), RFC 4180 quoting, LF or CRLF line ends. Semicolon- or tab-separated files, UTF-16 and
/// other encodings are recognised and refused with a message saying how to re-save the file.
/// </summary>
internal static class CsvTableSource
{
    public static RawTable?[] ReadFolder(string folder, DiagnosticBag diagnostics)
    {
        var files = Directory.GetFiles(folder);
        return StudyTables.All.Select(table =>
        {
            var name = StudyTables.CsvFileName(table);
            var path = files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
            if (path is null && StudyTables.IsOptional(table))
                return null;
            if (path is null)
            {
                var hint = files.Any(f => string.Equals(Path.GetFileName(f), table + ".xlsx", StringComparison.OrdinalIgnoreCase) || string.Equals(Path.GetFileName(f), table + ".txt", StringComparison.OrdinalIgnoreCase))
                    ? $" (found {table}.xlsx or {table}.txt: save it as CSV UTF-8 named {name})"
                    : table == StudyTables.Events ? " (a study without events still needs the file, with its header row only)" : "";
                diagnostics.Error(name, null, null, DiagnosticCodes.MissingFile, $"{name} is missing from {folder}{hint}");
                return null;
            }
            return ReadFile(path, table, name, diagnostics);
        }).ToArray();
    }

    public static RawTable? ReadFile(string path, string table, string label, DiagnosticBag diagnostics)
    {
        var options = TableReadOptions.StudyFile with { IsKnownColumn = StudyColumns.AcceptedOn(table).Contains };
        try
        {
            using var reader = CsvTableReader.OpenCsv(path, options);
            var header = reader.Header;
            var rows = new List<RawRow>();
            while (reader.MoveNext())
            {
                var count = reader.ColumnCount;
                if (count != header.Count)
                {
                    var extraAreBlank = count > header.Count && Enumerable.Range(header.Count, count - header.Count).All(c => reader[c].IsWhiteSpace());
                    if (!extraAreBlank)
                    {
                        diagnostics.Error(label, reader.RowNumber, null, DiagnosticCodes.FieldCount,
                            $"the row has {count} fields but the header has {header.Count}; a comma inside a value needs the value in double quotes");
                        continue;
                    }
                    count = header.Count;
                }
                var cells = new string?[count];
                for (var c = 0; c < count; c++) cells[c] = reader[c].IsEmpty ? null : reader[c].ToString();
                rows.Add(new RawRow(reader.RowNumber, cells));
            }
            return new RawTable(table, label, reader.HeaderRow, header, rows);
        }
        catch (TableFileException e)
        {
            foreach (var problem in e.Problems)
            {
                var message = problem.Code == DiagnosticCodes.EmptyFile
                    ? $"the file is empty; it needs at least the header row ({string.Join(',', StudyColumns.Of(table).Take(3))},…)"
                    : problem.Message;
                diagnostics.Error(label, problem.Row, null, problem.Code, message);
            }
            return null;
        }
    }
}

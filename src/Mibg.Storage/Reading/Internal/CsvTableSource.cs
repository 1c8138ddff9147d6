using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Reads the four tables of a CSV folder: UTF-8 (a BOM is accepted), comma-separated, RFC 4180 quoting, LF or
/// CRLF line ends. Semicolon- or tab-separated files, UTF-16 and other encodings are recognised and refused
/// with a message saying how to re-save the file.
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
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(label, null, null, DiagnosticCodes.NotUtf8,
                "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\"");
            return null;
        }
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        if (!CheckUtf8(span, label, diagnostics)) return null;
        var text = Encoding.UTF8.GetString(span);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(label, null, null, DiagnosticCodes.EmptyFile,
                $"the file is empty; it needs at least the header row ({string.Join(',', StudyColumns.Of(table).Take(3))},…)");
            return null;
        }
        var records = CsvRecords.Parse(text, out var unterminatedAt);
        if (unterminatedAt is { } row)
        {
            diagnostics.Error(label, row, null, DiagnosticCodes.UnterminatedQuote,
                "a quoted field opened on this row is never closed; add the closing \" (a \" inside a quoted field is written \"\")");
            return null;
        }
        var first = records.FindIndex(r => !IsBlank(r));
        if (first < 0)
        {
            diagnostics.Error(label, null, null, DiagnosticCodes.EmptyFile, "the file has no header row");
            return null;
        }
        var header = records[first];
        if (header.Length == 1 && DetectSeparator(header[0]!, table) is { } separator)
        {
            var (code, what) = separator == ';'
                ? (DiagnosticCodes.SemicolonSeparated, "semicolons (the CSV of a European-language Excel)")
                : (DiagnosticCodes.TabSeparated, "tabs");
            diagnostics.Error(label, first + 1, null, code,
                $"the file is separated by {what}, not commas; in Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\", or in LibreOffice tick \"Edit filter settings\" and choose field delimiter ','");
            return null;
        }
        var rows = new List<RawRow>(records.Count - first);
        for (var i = first + 1; i < records.Count; i++)
        {
            if (IsBlank(records[i])) continue;
            var cells = records[i];
            if (cells.Length != header.Length)
            {
                var extraAreBlank = cells.Length > header.Length && cells.Skip(header.Length).All(string.IsNullOrEmpty);
                if (!extraAreBlank)
                {
                    diagnostics.Error(label, i + 1, null, DiagnosticCodes.FieldCount,
                        $"the row has {cells.Length} fields but the header has {header.Length}; a comma inside a value needs the value in double quotes");
                    continue;
                }
                cells = cells[..header.Length];
            }
            rows.Add(new RawRow(i + 1, cells));
        }
        return new RawTable(table, label, first + 1, header, rows);
    }

    private static bool IsBlank(string?[] record) => record.All(string.IsNullOrEmpty);

    /// <summary>The separator of a header line that holds no comma but splits into known column names on ';' or tab.</summary>
    private static char? DetectSeparator(string headerLine, string table)
    {
        foreach (var separator in new[] { ';', '\t' })
        {
            var parts = headerLine.Split(separator);
            if (parts.Length > 1 && parts.Any(p => StudyColumns.AcceptedOn(table).Contains(p.Trim().Trim('"').ToLowerInvariant())))
                return separator;
        }
        return null;
    }

    /// <summary>Reports each row holding bytes that are not UTF-8; true when the file is valid UTF-8.</summary>
    private static bool CheckUtf8(ReadOnlySpan<byte> bytes, string label, DiagnosticBag diagnostics)
    {
        if (Utf8.IsValid(bytes)) return true;
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            var line = 1;
            var lastReportedLine = 0;
            var reported = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                line += bytes.Slice(offset, read).Count((byte)'\n');
                offset += read;
                if (status == OperationStatus.InvalidData)
                {
                    if (line != lastReportedLine)
                    {
                        diagnostics.Error(label, line, null, DiagnosticCodes.NotUtf8,
                            $"byte 0x{bytes[offset]:X2} is not UTF-8 (the file looks saved as Windows-1252/Latin-1, e.g. by an older Excel); save it as \"CSV UTF-8 (Comma delimited)\"");
                        lastReportedLine = line;
                        if (++reported == 100) return false;
                    }
                    if (bytes[offset] == (byte)'\n') line++;
                    offset++;
                }
            }
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

using System.Text;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Splits CSV text into records (RFC 4180): comma-separated, fields in double quotes may hold commas, quotes
/// (doubled) and line breaks; LF, CRLF or CR line ends. Unquoted fields are trimmed; quoted fields are kept
/// as written. A record's index + 1 is its spreadsheet row, since a line break inside quotes stays in one row.
/// </summary>
internal static class CsvRecords
{
    public static List<string?[]> Parse(string text, out int? unterminatedAtRow)
    {
        unterminatedAtRow = null;
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var i = 0;
        var n = text.Length;
        while (i <= n)
        {
            // start of a field
            string? value;
            if (i < n && text[i] == '"')
            {
                var startRow = records.Count + 1;
                i++;
                field.Clear();
                while (true)
                {
                    if (i >= n)
                    {
                        unterminatedAtRow = startRow;
                        return records;
                    }
                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < n && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(c);
                    i++;
                }
                // anything between the closing quote and the separator is kept (lenient)
                var rest = i;
                while (i < n && text[i] is not (',' or '\n' or '\r')) i++;
                if (i > rest) field.Append(text, rest, i - rest);
                value = field.ToString();
            }
            else
            {
                var start = i;
                while (i < n && text[i] is not (',' or '\n' or '\r')) i++;
                value = text[start..i].Trim();
            }
            fields.Add(value.Length == 0 ? null : value);
            if (i < n && text[i] == ',')
            {
                i++;
                continue;
            }
            // end of record (line end or end of text)
            if (i < n && text[i] == '\r') i++;
            if (i < n && text[i] == '\n') i++;
            records.Add([.. fields]);
            fields.Clear();
            if (i >= n) break;
        }
        return records;
    }
}

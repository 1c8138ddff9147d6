using System.Text;
using Mibg.Reporting.Document;

namespace Mibg.Reporting.Output;

/// <summary>Writes a <see cref="ReportTable"/> as RFC 4180 CSV (comma, double-quote escaping, CRLF, UTF-8 without BOM).</summary>
internal static class TableCsv
{
    /// <summary>The CSV text of <paramref name="table"/>: a header row, then the rows.</summary>
    public static string Write(ReportTable table)
    {
        var sb = new StringBuilder();
        Line(sb, table.Columns);
        foreach (var row in table.Rows)
        {
            Line(sb, row);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var cell = cells[i];
            if (cell.IndexOfAny([',', '"', '\n', '\r']) >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append("\r\n");
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using Mibg.Reporting.Document;

namespace Mibg.Reporting.Output;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as ONE self-contained HTML file: the stylesheet is inline, every
/// figure is an SVG embedded as a data URI, and nothing refers outside the file (no script, font, image
/// or link to fetch), so it reads offline and prints on A4 with the print stylesheet.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>The HTML text. <paramref name="svgs"/> holds each figure's SVG bytes by figure name.</summary>
    public static string Write(ReportDocument document, IReadOnlyDictionary<string, byte[]> svgs)
    {
        var sb = new StringBuilder(256 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
          .Append("<header><h1>").Append(E(document.Title)).Append("</h1><p class=\"subtitle\">").Append(E(document.Subtitle)).Append("</p></header>\n");
        Contents(sb, document);
        sb.Append("<main>\n");
        var figureNumber = 0;
        var tableNumber = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var tag = h.Level <= 1 ? "h2" : "h3";
                    sb.Append('<').Append(tag).Append(" id=\"").Append(E(h.Anchor)).Append("\">").Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock p:
                    sb.Append(p.Small ? "<p class=\"small\">" : "<p>").Append(E(p.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>\n");
                    break;
                case KeyFactsBlock k:
                    sb.Append("<div class=\"facts\">\n");
                    foreach (var (value, label) in k.Facts)
                    {
                        sb.Append("<div class=\"fact\"><div class=\"value\">").Append(E(value)).Append("</div><div class=\"label\">").Append(E(label)).Append("</div></div>\n");
                    }

                    sb.Append("</div>\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table, ++tableNumber);
                    break;
                case FigureBlock f:
                    var svg = Convert.ToBase64String(svgs[f.Figure.Name]);
                    sb.Append("<figure id=\"fig-").Append(E(f.Figure.Name)).Append("\">")
                      .Append("<img src=\"data:image/svg+xml;base64,").Append(svg).Append("\" width=\"")
                      .Append(F(f.Figure.Width)).Append("\" height=\"").Append(F(f.Figure.Height)).Append("\" alt=\"").Append(E(f.Figure.Caption)).Append("\">")
                      .Append("<figcaption><b>Figure ").Append(++figureNumber).Append(".</b> ").Append(E(f.Figure.Caption))
                      .Append(" <span class=\"files\">figures/").Append(E(f.Figure.Name)).Append(".svg, .png</span></figcaption></figure>\n");
                    break;
                default:
                    throw new InvalidOperationException($"No HTML for report block {block.GetType().Name}.");
            }
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Contents(StringBuilder sb, ReportDocument document)
    {
        sb.Append("<nav><b>Contents</b><ol>");
        foreach (var h in document.Blocks.OfType<HeadingBlock>().Where(h => h.Level <= 1))
        {
            sb.Append("<li><a href=\"#").Append(E(h.Anchor)).Append("\">").Append(E(h.Text)).Append("</a></li>");
        }

        sb.Append("</ol></nav>\n");
    }

    private static void Table(StringBuilder sb, ReportTable table, int number)
    {
        sb.Append("<div class=\"table\" id=\"table-").Append(E(table.Name)).Append("\"><table>\n<caption><b>Table ").Append(number).Append(".</b> ")
          .Append(E(table.Title)).Append(" <span class=\"files\">tables/").Append(E(table.Name)).Append(".csv</span></caption>\n<thead><tr>");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sb.Append(table.NumericColumns[c] ? "<th class=\"num\">" : "<th>").Append(E(table.Columns[c])).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                sb.Append(c < table.NumericColumns.Count && table.NumericColumns[c] ? "<td class=\"num\">" : "<td>").Append(E(row[c])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (table.Note.Length > 0)
        {
            sb.Append("<p class=\"small\">").Append(E(table.Note)).Append("</p>\n");
        }

        sb.Append("</div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(float v) => Math.Round(v).ToString(CultureInfo.InvariantCulture);

    private const string Style = """
        :root { --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d5d9de; --tint: #f4f6f8; --accent: #0b5394; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1160px; padding: 24px 28px 60px; color: var(--ink);
               font: 15px/1.5 "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; background: #fff; }
        header h1 { font-size: 26px; margin: 0 0 4px; color: var(--accent); }
        .subtitle { margin: 0 0 16px; color: var(--muted); }
        nav { border: 1px solid var(--rule); background: var(--tint); padding: 8px 14px; border-radius: 6px; font-size: 13px; }
        nav ol { margin: 4px 0 0; padding-left: 22px; columns: 2; }
        nav a { color: var(--accent); text-decoration: none; }
        h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); color: var(--accent); }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        p.small { font-size: 12.5px; color: var(--muted); }
        .facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 18px 0; }
        .fact { flex: 1 1 170px; border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; background: var(--tint); }
        .fact .value { font-size: 22px; font-weight: bold; color: var(--accent); }
        .fact .label { font-size: 12.5px; color: var(--muted); }
        figure { margin: 16px 0; text-align: center; }
        figure img { max-width: 100%; height: auto; }
        figcaption, caption { font-size: 13px; color: var(--ink); text-align: left; margin: 4px 0; }
        .files { color: var(--muted); font-size: 11.5px; }
        .table { overflow-x: auto; margin: 12px 0; }
        table { border-collapse: collapse; font-size: 13px; min-width: 50%; }
        caption { caption-side: top; padding-bottom: 4px; }
        th, td { padding: 3px 9px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); background: var(--tint); }
        .num { text-align: right; font-variant-numeric: tabular-nums; } /* may wrap at spaces ("0.65 (0.58–0.72); 114"): no table wider than the column */
        @media print {
          @page { size: A4; margin: 16mm 14mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; page-break-after: avoid; }
          figure, .table, .facts { break-inside: avoid; page-break-inside: avoid; }
          .table { overflow: visible; }
          a { color: inherit; text-decoration: none; }
        }

        """;
}

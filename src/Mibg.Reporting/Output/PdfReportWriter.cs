using System.Globalization;
using SkiaSharp;
using Mibg.Reporting.Document;
using Mibg.Reporting.Drawing;
using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Output;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an A4 PDF with Skia's PDF backend: the same blocks as the HTML,
/// text in embedded DejaVu Sans (searchable), figures as vector drawings, tables with their header repeated
/// on each page, page numbers in the footer.
/// </summary>
internal sealed class PdfReportWriter : IDisposable
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 42f;
    private const float BodySize = 9.5f;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float Bottom = PageHeight - Margin - 14f;

    private readonly SKDocument pdf;
    private readonly string footer;
    private SKCanvas? canvas;
    private float y;
    private int page;
    private int figureNumber;
    private int tableNumber;

    private PdfReportWriter(Stream stream, ReportDocument document)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Subject = document.Subtitle,
            Creator = "mibg",
            Producer = "mibg (SkiaSharp PDF)",
            RasterDpi = 150,
        };
        pdf = SKDocument.CreatePdf(stream, metadata)
            ?? throw new InvalidOperationException("The PDF backend could not be started.");
        footer = document.Title;
    }

    /// <summary>Writes <paramref name="document"/> as PDF to <paramref name="stream"/>.</summary>
    public static void Write(ReportDocument document, Stream stream)
    {
        using var writer = new PdfReportWriter(stream, document);
        writer.Title(document);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is HeadingBlock && i + 1 < document.Blocks.Count)
            {
                // Keep a heading with the start of what follows it.
                writer.Need(HeadingHeight + writer.StartHeight(document.Blocks[i + 1]));
            }

            writer.Block(document.Blocks[i]);
        }

        writer.EndPage();
        writer.pdf.Close();
    }

    /// <inheritdoc />
    public void Dispose() => pdf.Dispose();

    private SKCanvas Canvas => canvas ?? NewPage();

    private SKCanvas NewPage()
    {
        EndPage();
        page++;
        canvas = pdf.BeginPage(PageWidth, PageHeight);
        y = Margin;
        return canvas;
    }

    private void EndPage()
    {
        if (canvas is null)
        {
            return;
        }

        CanvasText.Draw(canvas, footer, Margin, PageHeight - Margin + 8f, 7.5f, Ink.Muted);
        CanvasText.Draw(canvas, "page " + page.ToString(CultureInfo.InvariantCulture), PageWidth - Margin, PageHeight - Margin + 8f, 7.5f, Ink.Muted, TextAnchor.End);
        pdf.EndPage();
        canvas = null;
    }

    private void Need(float height)
    {
        if (canvas is null || y + height > Bottom)
        {
            NewPage();
        }
    }

    private void Title(ReportDocument document)
    {
        Need(60f);
        Lines(CanvasText.Wrap(document.Title, 18f, ContentWidth, bold: true), 18f, 1.25f, Accent, bold: true);
        Lines(CanvasText.Wrap(document.Subtitle, BodySize, ContentWidth), BodySize, 1.4f, Ink.Muted);
        y += 6f;
    }

    private static SKColor Accent => SKColor.Parse("#0B5394");

    private void Block(ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                Heading(h);
                break;
            case ParagraphBlock p:
                var size = p.Small ? 8f : BodySize;
                Lines(CanvasText.Wrap(p.Text, size, ContentWidth), size, 1.4f, p.Small ? Ink.Muted : Ink.Text);
                y += 5f;
                break;
            case KeyFactsBlock k:
                Facts(k);
                break;
            case TableBlock t:
                Table(t.Table);
                break;
            case FigureBlock f:
                Figure(f.Figure);
                break;
            default:
                throw new InvalidOperationException($"No PDF layout for report block {block.GetType().Name}.");
        }
    }

    private const float HeadingHeight = 40f;

    /// <summary>Figures are drawn at most this many points per drawing unit, so two survival plots share a page.</summary>
    private const float MaxFigureScale = 0.55f;

    /// <summary>Height of the first unbreakable part of <paramref name="block"/>.</summary>
    private float StartHeight(ReportBlock block) => block switch
    {
        FigureBlock f => FigureScale(f.Figure) * f.Figure.Height + 40f,
        TableBlock => 70f,
        KeyFactsBlock => 54f,
        HeadingBlock => HeadingHeight + 40f,
        _ => 40f,
    };

    private static float FigureScale(ReportFigure figure) =>
        Math.Min(MaxFigureScale, Math.Min(ContentWidth / figure.Width, (Bottom - Margin - 60f) / figure.Height));

    private void Heading(HeadingBlock h)
    {
        var size = h.Level <= 1 ? 14f : 11f;
        Need((size * 1.6f) + 40f);
        y += h.Level <= 1 ? 10f : 4f;
        Lines(CanvasText.Wrap(h.Text, size, ContentWidth, bold: true), size, 1.3f, h.Level <= 1 ? Accent : Ink.Text, bold: true);
        if (h.Level <= 1)
        {
            using var rule = Ink.Stroke(Accent, 1.2f);
            Canvas.DrawLine(Margin, y - 2f, Margin + ContentWidth, y - 2f, rule);
        }

        y += 5f;
    }

    private void Lines(IReadOnlyList<string> lines, float size, float leading, SKColor colour, bool bold = false)
    {
        foreach (var line in lines)
        {
            Need(size * leading);
            y += size * leading;
            CanvasText.Draw(Canvas, line, Margin, y - (size * (leading - 1f)) - 1f, size, colour, TextAnchor.Start, bold);
        }
    }

    private void Facts(KeyFactsBlock block)
    {
        const int perRow = 3;
        const float gap = 8f;
        var width = (ContentWidth - ((perRow - 1) * gap)) / perRow;
        for (var i = 0; i < block.Facts.Count; i += perRow)
        {
            // Every line of every label is shown (a label cut after two lines hid the single-reader p-value range);
            // the row is as tall as its longest label.
            var row = block.Facts.Skip(i).Take(perRow).Select(f => (f.Value, Lines: CanvasText.Wrap(f.Label, 7.5f, width - 16f))).ToList();
            var height = 28f + (Math.Max(2, row.Max(f => f.Lines.Count)) * 9f);
            Need(height + gap);
            for (var j = 0; j < row.Count; j++)
            {
                var (value, labelLines) = row[j];
                var x = Margin + (j * (width + gap));
                using var fill = Ink.Fill(Ink.BoxFill);
                using var border = Ink.Stroke(Ink.Rule, 0.8f);
                using var shape = CubicShapes.RoundRect(SKRect.Create(x, y, width, height), 4);
                Canvas.DrawPath(shape, fill);
                Canvas.DrawPath(shape, border);
                CanvasText.Draw(Canvas, value, x + 8f, y + 19f, 13f, Accent, TextAnchor.Start, bold: true);
                for (var l = 0; l < labelLines.Count; l++)
                {
                    CanvasText.Draw(Canvas, labelLines[l], x + 8f, y + 31f + (l * 9f), 7.5f, Ink.Muted);
                }
            }

            y += height + gap;
        }
    }

    private void Figure(ReportFigure figure)
    {
        var captionLines = CanvasText.Wrap($"Figure {figureNumber + 1}. {figure.Caption}", 8.5f, ContentWidth);
        var captionHeight = (captionLines.Count * 12f) + 6f;
        var maxHeight = Bottom - Margin - captionHeight - 10f;
        var scale = Math.Min(FigureScale(figure), maxHeight / figure.Height);
        var height = figure.Height * scale;
        Need(height + captionHeight + 6f);
        figureNumber++;
        var c = Canvas;
        c.Save();
        c.Translate(Margin + ((ContentWidth - (figure.Width * scale)) / 2f), y + 4f);
        c.Scale(scale);
        c.ClipRect(SKRect.Create(figure.Width, figure.Height));
        figure.Draw(c);
        c.Restore();
        y += height + 8f;
        Lines(captionLines, 8.5f, 1.4f, Ink.Text);
        y += 8f;
    }

    private void Table(ReportTable table)
    {
        tableNumber++;
        var (size, widths) = ColumnWidths(table);
        var lineHeight = size * 1.35f;
        var captionLines = CanvasText.Wrap($"Table {tableNumber}. {table.Title}", 8.5f, ContentWidth);
        var header = table.Columns.Select((h, i) => CanvasText.Wrap(h, size, widths[i] - 6f, bold: true)).ToList();
        var headerHeight = (header.Max(l => l.Count) * lineHeight) + 4f;
        var firstRow = table.Rows.Count == 0 ? 0f : RowHeight(table.Rows[0], widths, size, lineHeight);
        Need((captionLines.Count * 12f) + headerHeight + firstRow + 8f);
        Lines(captionLines, 8.5f, 1.4f, Ink.Text);
        y += 2f;
        DrawHeader(table, header, widths, size, lineHeight, headerHeight);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = row.Select((cell, i) => CanvasText.Wrap(cell, size, widths[i] - 6f)).ToList();
            var height = (cells.Max(l => l.Count) * lineHeight) + 3f;
            if (y + height > Bottom)
            {
                NewPage();
                DrawHeader(table, header, widths, size, lineHeight, headerHeight);
            }

            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                for (var l = 0; l < cells[i].Count; l++)
                {
                    var numeric = table.NumericColumns[i];
                    CanvasText.Draw(Canvas, cells[i][l], numeric ? x + widths[i] - 3f : x + 3f, y + ((l + 1) * lineHeight) - 1.5f,
                        size, Ink.Text, numeric ? TextAnchor.End : TextAnchor.Start);
                }

                x += widths[i];
            }

            y += height;
            using var rule = Ink.Stroke(Ink.Rule, 0.5f);
            Canvas.DrawLine(Margin, y, Margin + widths.Sum(), y, rule);
        }

        y += 4f;
        if (table.Note.Length > 0)
        {
            Lines(CanvasText.Wrap(table.Note, 7.5f, ContentWidth), 7.5f, 1.4f, Ink.Muted);
        }

        y += 8f;
    }

    private void DrawHeader(ReportTable table, IReadOnlyList<IReadOnlyList<string>> header, IReadOnlyList<float> widths,
        float size, float lineHeight, float headerHeight)
    {
        using var fill = Ink.Fill(Ink.BoxFill);
        Canvas.DrawRect(Margin, y, widths.Sum(), headerHeight, fill);
        var x = Margin;
        for (var i = 0; i < header.Count; i++)
        {
            for (var l = 0; l < header[i].Count; l++)
            {
                var numeric = table.NumericColumns[i];
                CanvasText.Draw(Canvas, header[i][l], numeric ? x + widths[i] - 3f : x + 3f, y + ((l + 1) * lineHeight),
                    size, Ink.Text, numeric ? TextAnchor.End : TextAnchor.Start, bold: true);
            }

            x += widths[i];
        }

        y += headerHeight;
        using var rule = Ink.Stroke(Ink.Text, 0.9f);
        Canvas.DrawLine(Margin, y, Margin + widths.Sum(), y, rule);
    }

    private static float RowHeight(IReadOnlyList<string> row, IReadOnlyList<float> widths, float size, float lineHeight) =>
        (row.Select((cell, i) => CanvasText.Wrap(cell, size, widths[i] - 6f).Count).Max() * lineHeight) + 3f;

    /// <summary>Natural column widths at 8 pt, shrinking the font to 6.5 pt and then wrapping the widest columns to fit the page.</summary>
    private static (float Size, float[] Widths) ColumnWidths(ReportTable table)
    {
        foreach (var size in new[] { 8f, 7.5f, 7f, 6.5f })
        {
            var natural = Natural(table, size);
            if (natural.Sum() <= ContentWidth)
            {
                return (size, natural);
            }
        }

        var widths = Natural(table, 6.5f);
        var minimum = table.Columns.Select(c => Math.Min(60f, CanvasText.Width(c, 6.5f, bold: true) + 8f)).ToArray();
        while (widths.Sum() > ContentWidth + 0.01f)
        {
            var candidates = Enumerable.Range(0, widths.Length).Where(i => widths[i] > minimum[i] + 0.5f).ToList();
            if (candidates.Count == 0)
            {
                var factor = ContentWidth / widths.Sum();
                widths = widths.Select(w => w * factor).ToArray();
                break;
            }

            var widest = candidates.MaxBy(i => widths[i]);
            var excess = widths.Sum() - ContentWidth;
            widths[widest] = Math.Max(minimum[widest], widths[widest] - Math.Min(excess, Math.Max(1f, widths[widest] * 0.1f)));
        }

        return (6.5f, widths);
    }

    private static float[] Natural(ReportTable table, float size) => table.Columns
        .Select((c, i) => Math.Max(
            CanvasText.Width(c, size, bold: true),
            table.Rows.Select(r => i < r.Count ? CanvasText.Width(r[i], size) : 0f).DefaultIfEmpty(0f).Max()) + 8f)
        .ToArray();
}

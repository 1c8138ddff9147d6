using System.Text;
using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using Mibg.Reporting.Output;
using Mibg.Reporting.Sections;

namespace Mibg.Reporting;

/// <summary>
/// Writes the study report from a <see cref="StudyResults"/> (results.json): <c>report.html</c> (one
/// self-contained file), <c>report.pdf</c> (same content), <c>figures/*.svg|png</c> and <c>tables/*.csv</c>.
/// It renders only; every number comes from the results.
/// </summary>
public static class StudyReport
{
    /// <summary>
    /// Writes the report into <paramref name="outDir"/> (created if missing). Files are written to a
    /// temporary name and moved into place, so a failure leaves no half-written report file.
    /// </summary>
    /// <returns>The paths written.</returns>
    public static StudyReportFiles Write(StudyResults results, string outDir, StudyReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        options ??= new StudyReportOptions();
        var document = StudyReportDocument.Build(results, options);
        return Write(document, outDir, options);
    }

    /// <summary>Writes an already laid-out <paramref name="document"/> (see <see cref="StudyReportDocument.Build"/>).</summary>
    public static StudyReportFiles Write(ReportDocument document, string outDir, StudyReportOptions? options = null)
    {
        options ??= new StudyReportOptions();
        var figuresDir = Path.Combine(outDir, "figures");
        var tablesDir = Path.Combine(outDir, "tables");
        Directory.CreateDirectory(figuresDir);
        Directory.CreateDirectory(tablesDir);
        var written = new List<string>();

        var figures = document.Figures.ToList();
        var duplicate = figures.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two figures of the report are named '{duplicate.Key}'; figure names must be unique.");
        }

        var svgs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var pngs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        Parallel.ForEach(figures, figure =>
        {
            var svg = FigureFiles.Svg(figure);
            var png = options.Png ? FigureFiles.Png(figure) : null;
            lock (svgs)
            {
                svgs[figure.Name] = svg;
                if (png is not null)
                {
                    pngs[figure.Name] = png;
                }
            }
        });

        foreach (var figure in figures)
        {
            written.Add(Save(Path.Combine(figuresDir, figure.Name + ".svg"), svgs[figure.Name]));
            if (pngs.TryGetValue(figure.Name, out var png))
            {
                written.Add(Save(Path.Combine(figuresDir, figure.Name + ".png"), png));
            }
        }

        foreach (var table in document.Tables)
        {
            written.Add(Save(Path.Combine(tablesDir, table.Name + ".csv"), Encoding.UTF8.GetBytes(TableCsv.Write(table))));
        }

        var html = Save(Path.Combine(outDir, "report.html"), Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document, svgs)));
        written.Add(html);
        string? pdf = null;
        if (options.Pdf)
        {
            using var stream = new MemoryStream();
            PdfReportWriter.Write(document, stream);
            pdf = Save(Path.Combine(outDir, "report.pdf"), stream.ToArray());
            written.Add(pdf);
        }

        return new StudyReportFiles(html, pdf, written);
    }

    private static string Save(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
        return path;
    }
}

/// <summary>The files a report wrote.</summary>
/// <param name="Html">Path of report.html.</param>
/// <param name="Pdf">Path of report.pdf, or null when not written.</param>
/// <param name="All">Every file written (figures, tables, HTML, PDF).</param>
public sealed record StudyReportFiles(string Html, string? Pdf, IReadOnlyList<string> All);

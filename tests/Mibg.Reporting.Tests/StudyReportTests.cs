using System.Text.RegularExpressions;
using Mibg.Reporting.Sections;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests;

public class StudyReportTests
{
    [Fact]
    public void Every_figure_is_written_as_svg_and_png_and_every_table_as_csv()
    {
        var files = WrittenReport.Get();
        var document = StudyReportDocument.Build(FixtureStudy.Results, FixtureStudy.Options);
        foreach (var figure in document.Figures)
        {
            var svg = Path.Combine(WrittenReport.Directory, "figures", figure.Name + ".svg");
            var png = Path.Combine(WrittenReport.Directory, "figures", figure.Name + ".png");
            Assert.Contains(svg, files.All);
            Assert.True(new FileInfo(svg).Length > 1000, svg);
            // PNG signature (ISO/IEC 15948): 89 50 4E 47.
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(png)[..4]);
        }

        foreach (var table in document.Tables)
        {
            var csv = File.ReadAllLines(Path.Combine(WrittenReport.Directory, "tables", table.Name + ".csv"));
            Assert.Equal(table.Rows.Count + 1, csv.Length - table.Rows.Sum(r => r.Count(c => c.Contains('\n', StringComparison.Ordinal))));
        }

        // The report must carry the figures the brief lists: flow, KM (EFS and OS), skeleton, swimmer, Bland–Altman.
        var names = document.Figures.Select(f => f.Name).ToList();
        Assert.Contains("flow", names);
        Assert.Contains("km-efs-persistent-vs-cleared-post-hdc-scan", names);
        Assert.Contains("km-os-persistent-vs-cleared-post-hdc-scan", names);
        // No Kaplan–Meier between outcome-defined groups (issue 10 item 2): they are shown in the swimmer plot instead.
        Assert.DoesNotContain(names, n => n.Contains("persistent-groups", StringComparison.Ordinal));
        Assert.Contains("skeleton-persistent", names);
        Assert.Contains("swimmer-persistent", names);
        Assert.Contains("bland-altman-total", names);
        Assert.False(File.Exists(files.Html + ".tmp"));
    }

    [Fact]
    public void Html_refers_to_nothing_outside_itself()
    {
        var html = File.ReadAllText(WrittenReport.Get().Html);
        Assert.DoesNotMatch(new Regex("""(src|href)\s*=\s*["']?\s*(https?:|//)""", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<script", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"@import|url\(", RegexOptions.IgnoreCase), html);
        // Every <img> is an embedded SVG.
        var images = Regex.Matches(html, "<img [^>]*src=\"([^\"]*)\"");
        Assert.NotEmpty(images);
        Assert.All(images, m => Assert.StartsWith("data:image/svg+xml;base64,", m.Groups[1].Value, StringComparison.Ordinal));
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Bland_altman_plot_draws_one_point_per_double_read_scan()
    {
        var document = StudyReportDocument.Build(FixtureStudy.Results);
        var figure = Assert.IsType<Mibg.Reporting.Figures.BlandAltmanFigure>(document.Figures.Single(f => f.Name == "bland-altman-total"));
        var text = SvgText.Strings(Output.FigureFiles.Svg(figure));
        // FixtureStudy: every one of the 216 scans is read by R1 and R2.
        Assert.Contains(text, t => t.Contains("(n = 216 scans)", StringComparison.Ordinal));
        // The points' mean difference agrees with the bias results.json holds (Bland & Altman 1986: bias = mean(R1 − R2)).
        var pairs = FixtureStudy.Results.Agreement!.Totals;
        Assert.Equal(FixtureStudy.Results.Agreement.Total.BlandAltman!.Bias, pairs.Average(t => t.Reader1 - t.Reader2), 9);
    }

    [Fact]
    public void Csv_quotes_cells_with_commas_and_quotes()
    {
        var table = new Mibg.Reporting.Document.ReportTable("t", "T", ["a", "b"], [["1, 2", "say \"hi\""]]);
        // RFC 4180: a field containing a comma or a quote is quoted, and quotes are doubled.
        Assert.Equal("a,b\r\n\"1, 2\",\"say \"\"hi\"\"\"\r\n", Mibg.Reporting.Output.TableCsv.Write(table));
    }

    [Fact]
    public void A_failed_write_leaves_no_report()
    {
        // A file where the output folder should be: the writer must fail with a clear error and write nothing.
        var blocker = Path.Combine(Gallery.Directory, "blocked-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blocker, "not a folder");
        Assert.ThrowsAny<IOException>(() => StudyReport.Write(FixtureStudy.Results, blocker));
        Assert.False(File.Exists(Path.Combine(blocker, "report.html")));
    }
}

using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests;

public class StudyReportTests
{
    [Fact]
    public void Writes_html_pdf_figures_and_tables()
    {
        var dir = Path.Combine(Gallery.Directory, "report");
        var files = StudyReport.Write(FixtureStudy.Results, dir);
        Assert.True(File.Exists(files.Html));
        Assert.True(File.Exists(files.Pdf));
    }
}

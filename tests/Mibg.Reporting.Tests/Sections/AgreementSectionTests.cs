using Mibg.Reporting.Document;
using Mibg.Reporting.Sections;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests.Sections;

public class AgreementSectionTests
{
    [Fact]
    public void The_icc_table_shows_estimates_and_intervals_not_a_test_of_icc_zero()
    {
        // A test of ICC = 0 between two physicians reading the same scan answers a question nobody asks (p < 0.0001
        // every time); the table keeps the six forms with their 95% intervals, results.json keeps F, df and p.
        var table = StudyReportDocument.Build(FixtureStudy.Results, FixtureStudy.Options).Blocks.OfType<TableBlock>()
            .Single(t => t.Table.Name == "icc-total").Table;
        Assert.Equal(["Form", "ICC", "95% CI"], table.Columns);
        Assert.Equal(["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"], table.Rows.Select(r => r[0]));
        Assert.Contains("results.json", table.Note, StringComparison.Ordinal);
        Assert.All(FixtureStudy.Results.Agreement!.Total.Icc, i => Assert.False(double.IsNaN(i.P)));
    }
}

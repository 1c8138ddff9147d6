using Mibg.Analysis.Results;
using Mibg.Reporting;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Renders the report (report.html, report.pdf, figures/, tables/) from the results, through Mibg.Reporting.</summary>
internal static class ReportRendering
{
    /// <summary>Writes the report files into <paramref name="outDir"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(StudyResults results, string outDir)
    {
        var totals = results.Agreement?.Totals.Select(t => ((double)t.Reader1, (double)t.Reader2)).ToArray() ?? [];
        return StudyReport.Write(results, outDir, new StudyReportOptions { ReaderTotals = totals }).All;
    }
}

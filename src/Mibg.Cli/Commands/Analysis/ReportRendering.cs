using Mibg.Analysis.Results;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Renders the report (report.html, report.pdf, figures/, tables/) from the results, through Mibg.Reporting.</summary>
internal static class ReportRendering
{
    /// <summary>Writes the report files into <paramref name="outDir"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(StudyResults results, string outDir)
    {
        _ = results;
        _ = outDir;
        // Wired to Mibg.Reporting's renderer when the report branch provides it; until then only results.json is written.
        return [];
    }
}

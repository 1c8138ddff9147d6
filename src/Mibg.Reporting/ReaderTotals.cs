using Mibg.Analysis.Results;
using Mibg.Core.Study;

namespace Mibg.Reporting;

/// <summary>
/// The per-scan SIOPEN totals of the two compared readers, for the points of the Bland–Altman plot.
/// results.json holds the Bland–Altman summary but not the pairs, so the caller that has the study passes them
/// (<see cref="StudyReportOptions.ReaderTotals"/>). A look-up of the reads, not a statistic.
/// </summary>
public static class ReaderTotals
{
    /// <summary>
    /// (reader 1 total, reader 2 total) for every scan of <see cref="AgreementSummary.ScanIds"/> that both
    /// <see cref="AgreementSummary.Readers"/> read, in that order.
    /// </summary>
    public static IReadOnlyList<(double Reader1, double Reader2)> From(StudyData study, AgreementSummary? agreement)
    {
        ArgumentNullException.ThrowIfNull(study);
        if (agreement is null || agreement.Readers.Count < 2)
        {
            return [];
        }

        var (first, second) = (agreement.Readers[0], agreement.Readers[1]);
        var byScan = study.Reads
            .Where(r => r.Reader == first || r.Reader == second)
            .GroupBy(r => r.ScanId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var pairs = new List<(double, double)>(agreement.ScanIds.Count);
        foreach (var scanId in agreement.ScanIds)
        {
            if (byScan.TryGetValue(scanId, out var reads)
                && reads.FirstOrDefault(r => r.Reader == first) is { } a
                && reads.FirstOrDefault(r => r.Reader == second) is { } b)
            {
                pairs.Add((a.Siopen.Total, b.Siopen.Total));
            }
        }

        return pairs;
    }
}

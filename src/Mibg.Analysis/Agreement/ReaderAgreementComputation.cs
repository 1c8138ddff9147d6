using Mibg.Analysis.Results;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Statistics.Agreement;

namespace Mibg.Analysis.Agreement;

/// <summary>
/// The one agreement computation of a study's reads (design/domain.md, "Agreement between readers"), used by the
/// report, <c>mibg agreement --study</c> and the web dashboard: over the scans read by every selected reader (consensus
/// reads excluded), per SIOPEN segment on levels 0..6 (ICC, Cohen's kappa unweighted and weighted), and on the total
/// (ICC, Bland–Altman; no kappa: the total is a 0–72 sum, not a category). Kappa and Bland–Altman need two readers.
/// </summary>
public static class ReaderAgreementComputation
{
    private static readonly double[] SegmentLevels = Enumerable.Range(0, SiopenScore.MaxSegmentScore + 1).Select(i => (double)i).ToArray();

    /// <summary>The non-consensus readers of <paramref name="reads"/>, ordinal order.</summary>
    public static IReadOnlyList<string> Readers(IEnumerable<Read> reads) =>
        reads.Where(r => !r.IsConsensus).Select(r => r.Reader).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Agreement of <paramref name="readers"/> (default: every non-consensus reader) on the scans each of them read;
    /// null when fewer than two readers or two such scans exist, or the totals never vary.
    /// </summary>
    public static AgreementSummary? Compute(IReadOnlyList<Read> reads, IReadOnlyList<string>? readers = null)
    {
        var chosen = (readers ?? Readers(reads)).ToArray();
        if (chosen.Length < 2) return null;
        var byScan = reads.Where(r => !r.IsConsensus && chosen.Contains(r.Reader, StringComparer.Ordinal))
            .GroupBy(r => r.ScanId, StringComparer.Ordinal)
            .Select(g => (Scan: g.Key, ByReader: chosen.Select(code => g.FirstOrDefault(r => r.Reader == code)).ToArray()))
            .Where(x => x.ByReader.All(r => r is not null))
            .OrderBy(x => x.Scan, StringComparer.Ordinal).ToArray();
        if (byScan.Length < 2) return null;
        var segments = new List<SegmentAgreement>();
        foreach (var s in SiopenSegments.All)
        {
            var ratings = chosen.Select((_, k) => byScan.Select(x => (double)x.ByReader[k]!.Siopen[s]).ToArray()).ToArray();
            var agreeing = byScan.Count(x => x.ByReader.All(r => r!.Siopen[s] == x.ByReader[0]!.Siopen[s]));
            segments.Add(TryCompute(ratings, SegmentLevels) is { } a
                ? new SegmentAgreement(s.Code, a) { Agreeing = agreeing }
                : new SegmentAgreement(s.Code, null) { Agreeing = agreeing, Note = $"every read is {ratings[0][0]}: agreement is undefined" });
        }
        var totals = chosen.Select((_, k) => byScan.Select(x => (double)x.ByReader[k]!.Siopen.Total).ToArray()).ToArray();
        var total = TryCompute(totals, null);
        if (total is null) return null;
        return new AgreementSummary
        {
            Readers = chosen,
            ScanIds = byScan.Select(x => x.Scan).ToArray(),
            Segments = segments,
            Total = total with { Kappa = null },
            Totals = chosen.Length == 2
                ? byScan.Select(x => new ReaderTotals(x.Scan, x.ByReader[0]!.Siopen.Total, x.ByReader[1]!.Siopen.Total)).ToArray()
                : [],
            KappaTotalAbove3 = chosen.Length == 2 ? BinaryKappa(totals[0].Select(v => v > 3 ? 1.0 : 0).ToArray(), totals[1].Select(v => v > 3 ? 1.0 : 0).ToArray()) : null,
            KappaComplete = chosen.Length == 2 ? BinaryKappa(totals[0].Select(v => v == 0 ? 1.0 : 0).ToArray(), totals[1].Select(v => v == 0 ? 1.0 : 0).ToArray()) : null,
        };
    }

    private static AgreementResult? TryCompute(double[][] ratings, IReadOnlyList<double>? levels)
    {
        if (ratings.SelectMany(r => r).Distinct().Count() <= 1) return null;
        try
        {
            var r = Mibg.Statistics.Agreement.Agreement.Compute(ratings, levels);
            return r.Icc.Any(i => double.IsNaN(i.Value)) ? null : r;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Cohen's (unweighted) kappa of a two-reader binary call; null when undefined.</summary>
    public static double? BinaryKappa(double[] a, double[] b)
    {
        try
        {
            var k = CohenKappa.Compute(a, b, [0, 1]).Unweighted;
            return k is { } v && double.IsFinite(v) ? v : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

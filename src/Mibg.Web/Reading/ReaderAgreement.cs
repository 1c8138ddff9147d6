using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Statistics.Agreement;

namespace Mibg.Web.Reading;

/// <summary>Agreement of one SIOPEN segment between two readers.</summary>
/// <param name="Segment">Segment code.</param>
/// <param name="Linear">Weighted kappa, linear weights (null when undefined: no variation).</param>
/// <param name="Quadratic">Weighted kappa, quadratic weights (null when undefined).</param>
/// <param name="Agreeing">Scans where both readers gave the same score.</param>
public sealed record SegmentAgreement(string Segment, double? Linear, double? Quadratic, int Agreeing);

/// <summary>
/// Reader agreement on the reads submitted so far (design/domain.md, "Agreement between readers"): ICC of the
/// SIOPEN total (Shrout–Fleiss ICC2 = McGraw–Wong ICC(A,1), with 95% CI), and for two readers weighted kappa per
/// segment (levels 0..6) and Bland–Altman of the totals. Computed by Mibg.Statistics (checked against
/// R psych::ICC and psych::cohen.kappa there) on the scans every reader has read.
/// </summary>
public sealed record ReaderAgreement(
    IReadOnlyList<string> Readers, int Scans, IccResult? Icc2, BlandAltmanResult? BlandAltman,
    IReadOnlyList<SegmentAgreement> Segments, IReadOnlyList<(double Mean, double Difference)> Points, string? Note)
{
    private static readonly double[] Levels = Enumerable.Range(0, SiopenScore.MaxSegmentScore + 1).Select(i => (double)i).ToArray();

    /// <summary>Computes the agreement of the readers' (not the consensus) reads.</summary>
    public static ReaderAgreement Of(IReadOnlyList<Read> reads)
    {
        var readerReads = reads.Where(r => !r.IsConsensus).ToArray();
        var readers = readerReads.Select(r => r.Reader).Distinct().Order(StringComparer.Ordinal).ToArray();
        var byScan = readerReads.GroupBy(r => r.ScanId)
            .Where(g => readers.All(x => g.Any(r => r.Reader == x)))
            .Select(g => readers.Select(x => g.First(r => r.Reader == x)).ToArray())
            .ToArray();
        if (readers.Length < 2 || byScan.Length < 2)
            return new ReaderAgreement(readers, byScan.Length, null, null, [], [],
                "agreement needs at least two readers who have both read at least two of the same scans");
        var totals = readers.Select((_, r) => byScan.Select(s => (double)s[r].Siopen.Total).ToArray()).ToArray();
        IccResult? icc2 = null;
        if (totals.SelectMany(t => t).Distinct().Count() > 1)
            icc2 = IntraclassCorrelation.Compute(totals).First(i => i.Type == "ICC2");
        if (readers.Length != 2)
            return new ReaderAgreement(readers, byScan.Length, icc2, null, [], [],
                "kappa and Bland–Altman compare two readers; more than two have read");
        var bland = Mibg.Statistics.Agreement.BlandAltman.Compute(totals[0], totals[1]);
        var segments = SiopenSegments.All.Select(s =>
        {
            var a = byScan.Select(x => (double)x[0].Siopen[s]).ToArray();
            var b = byScan.Select(x => (double)x[1].Siopen[s]).ToArray();
            var k = CohenKappa.Compute(a, b, Levels);
            return new SegmentAgreement(s.Code, Finite(k.Linear), Finite(k.Quadratic), a.Zip(b).Count(p => p.First == p.Second));
        }).ToArray();
        var points = totals[0].Zip(totals[1], (x, y) => ((x + y) / 2, x - y)).ToArray();
        return new ReaderAgreement(readers, byScan.Length, icc2, bland, segments, points, null);
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}

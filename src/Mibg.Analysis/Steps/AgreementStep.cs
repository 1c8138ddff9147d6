using Mibg.Analysis.Results;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Statistics.Agreement;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 9: agreement of the two most frequent readers over every scan both read (consensus reads excluded):
/// per segment on 0..6 (kappa unweighted, linear, quadratic; ICC), on the total (ICC, Bland–Altman), binary kappas.
/// A statistic that is undefined (e.g. a segment never positive) is left out of the segment list.
/// </summary>
internal static class AgreementStep
{
    private static readonly double[] SegmentLevels = [0, 1, 2, 3, 4, 5, 6];

    public static AgreementSummary? Build(StudyData study)
    {
        var readerReads = study.Reads.Where(r => !r.IsConsensus).ToArray();
        var byScan = readerReads.GroupBy(r => r.ScanId, StringComparer.Ordinal).Where(g => g.Count() >= 2).ToArray();
        if (byScan.Length < 2) return null;
        var readers = byScan.SelectMany(g => g.Select(r => r.Reader)).GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(2).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        if (readers.Length < 2) return null;
        var pairs = byScan
            .Select(g => (scan: g.Key, a: g.FirstOrDefault(r => r.Reader == readers[0]), b: g.FirstOrDefault(r => r.Reader == readers[1])))
            .Where(x => x.a is not null && x.b is not null).OrderBy(x => x.scan, StringComparer.Ordinal).ToArray();
        if (pairs.Length < 2) return null;

        var segments = new List<SegmentAgreement>();
        foreach (var s in SiopenSegments.All)
        {
            var a = pairs.Select(x => (double)x.a!.Siopen[s]).ToArray();
            var b = pairs.Select(x => (double)x.b!.Siopen[s]).ToArray();
            if (TryCompute([a, b], SegmentLevels) is { } r) segments.Add(new SegmentAgreement(s.Code, r));
        }
        var ta = pairs.Select(x => (double)x.a!.Siopen.Total).ToArray();
        var tb = pairs.Select(x => (double)x.b!.Siopen.Total).ToArray();
        var total = TryCompute([ta, tb], null);
        if (total is null) return null;
        return new AgreementSummary
        {
            Readers = readers,
            ScanIds = pairs.Select(x => x.scan).ToArray(),
            Segments = segments,
            Total = total,
            Totals = pairs.Select(x => new ReaderTotals(x.scan, x.a!.Siopen.Total, x.b!.Siopen.Total)).ToArray(),
            KappaTotalAbove3 = BinaryKappa(ta.Select(v => v > 3 ? 1.0 : 0).ToArray(), tb.Select(v => v > 3 ? 1.0 : 0).ToArray()),
            KappaComplete = BinaryKappa(ta.Select(v => v == 0 ? 1.0 : 0).ToArray(), tb.Select(v => v == 0 ? 1.0 : 0).ToArray()),
        };
    }

    private static AgreementResult? TryCompute(double[][] ratings, IReadOnlyList<double>? levels)
    {
        if (ratings.All(r => r.Distinct().Count() <= 1)) return null;
        try
        {
            var r = Agreement.Compute(ratings, levels);
            return r.Icc.Any(i => double.IsNaN(i.Value)) ? null : r;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static double? BinaryKappa(double[] a, double[] b)
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

using Mibg.Analysis.Agreement;
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
    /// <summary>Computes the agreement of the readers' (not the consensus) reads by the one shared computation (Mibg.Analysis).</summary>
    public static ReaderAgreement Of(IReadOnlyList<Read> reads)
    {
        var readers = ReaderAgreementComputation.Readers(reads);
        var summary = ReaderAgreementComputation.Compute(reads, readers);
        if (summary is null)
            return new ReaderAgreement(readers, 0, null, null, [], [],
                "agreement needs at least two readers who have both read at least two of the same scans, with totals that vary");
        var icc2 = summary.Total.Icc.FirstOrDefault(i => i.Type == "ICC2");
        if (readers.Count != 2)
            return new ReaderAgreement(readers, summary.ScanIds.Count, icc2, null, [], [],
                "kappa and Bland–Altman compare two readers; more than two have read");
        var segments = summary.Segments.Select(s => new SegmentAgreement(s.Segment,
            s.Agreement?.Kappa is { } k ? Finite(k.Linear) : null, s.Agreement?.Kappa is { } q ? Finite(q.Quadratic) : null, s.Agreeing)).ToArray();
        var points = summary.Totals.Select(t => ((t.Reader1 + t.Reader2) / 2.0, (double)(t.Reader1 - t.Reader2))).ToArray();
        return new ReaderAgreement(readers, summary.ScanIds.Count, icc2, summary.Total.BlandAltman, segments, points, null);
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}

using Mibg.Statistics.Agreement;

namespace Mibg.Analysis.Results;

/// <summary>
/// Agreement between two readers over every scan both read (design/domain.md, "Agreement between readers"):
/// per segment (weighted kappa on 0..6), on the total (ICC, Bland–Altman), and binary (total ≤ 3 vs &gt; 3;
/// CR vs not) kappas. Shapes as <c>mibg agreement --study</c> prints them.
/// </summary>
public sealed record AgreementSummary
{
    /// <summary>The two readers compared.</summary>
    public required IReadOnlyList<string> Readers { get; init; }
    /// <summary>Scans read by both, sorted.</summary>
    public required IReadOnlyList<string> ScanIds { get; init; }
    /// <summary>Per SIOPEN segment, in published order.</summary>
    public required IReadOnlyList<SegmentAgreement> Segments { get; init; }
    /// <summary>On the SIOPEN total.</summary>
    public required AgreementResult Total { get; init; }
    /// <summary>SIOPEN totals of the two readers per scan, in the order of <see cref="ScanIds"/> (the Bland–Altman points).</summary>
    public IReadOnlyList<ReaderTotals> Totals { get; init; } = [];
    /// <summary>Cohen's kappa on total ≤ 3 vs &gt; 3.</summary>
    public double? KappaTotalAbove3 { get; init; }
    /// <summary>Cohen's kappa on CR (total 0) vs not.</summary>
    public double? KappaComplete { get; init; }
}

/// <summary>Agreement on one segment.</summary>
/// <param name="Segment">SIOPEN segment code.</param>
/// <param name="Agreement">Statistics for this segment.</param>
public sealed record SegmentAgreement(string Segment, AgreementResult Agreement);

/// <summary>The two readers' SIOPEN totals of one scan.</summary>
/// <param name="ScanId">The scan.</param>
/// <param name="Reader1">Total of the first reader (<see cref="AgreementSummary.Readers"/>[0]).</param>
/// <param name="Reader2">Total of the second reader.</param>
public sealed record ReaderTotals(string ScanId, int Reader1, int Reader2);

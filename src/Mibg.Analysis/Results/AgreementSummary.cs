using Mibg.Core.Cohort;
using Mibg.Core.TimePoints;
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
    /// <summary>Agreement per time point: ICC of totals, weighted kappa per segment, kappa of the positive/negative call.</summary>
    public IReadOnlyList<TimepointAgreement> ByTimepoint { get; init; } = [];
    /// <summary>How the persistent group and its log-rank p change with the read used (consensus, each reader, mean).</summary>
    public IReadOnlyList<ReadSensitivity> ReadSensitivity { get; init; } = [];
}

/// <summary>
/// Agreement at one time point over the scans both readers read there. <see cref="PersistenceKappa"/> is Cohen's kappa of
/// the call "positive" (SIOPEN total above the plan's persistence threshold) vs "negative" — at post-HDC the call that
/// decides the study — and <see cref="Discordant"/> the scans where the two readers' calls differ.
/// </summary>
public sealed record TimepointAgreement
{
    /// <summary>Time point code.</summary>
    public required TimePoint Timepoint { get; init; }
    /// <summary>Scans read by both readers at this time point.</summary>
    public required int Scans { get; init; }
    /// <summary>ICC(2,1) of the totals; null when undefined.</summary>
    public double? Icc { get; init; }
    /// <summary>Lower confidence limit of <see cref="Icc"/>.</summary>
    public double? IccLower { get; init; }
    /// <summary>Upper confidence limit of <see cref="Icc"/>.</summary>
    public double? IccUpper { get; init; }
    /// <summary>Cohen's kappa of the positive/negative call; null when undefined (e.g. every call the same).</summary>
    public double? PersistenceKappa { get; init; }
    /// <summary>Scans whose positive/negative calls differ between the readers.</summary>
    public required int Discordant { get; init; }
    /// <summary>Ids of the discordant scans, sorted.</summary>
    public IReadOnlyList<string> DiscordantScans { get; init; } = [];
    /// <summary>Weighted kappa per segment (segments without variation left out).</summary>
    public IReadOnlyList<SegmentKappa> SegmentKappas { get; init; } = [];
}

/// <summary>Weighted kappas of one segment.</summary>
public sealed record SegmentKappa(string Segment, double Linear, double Quadratic);

/// <summary>The study's key result under one read resolution.</summary>
/// <param name="Resolution"><c>consensus</c>, <c>reader:CODE</c> or <c>mean_of_readers</c>.</param>
/// <param name="Persistent">Eligible patients with persistent uptake after HDC under this read.</param>
/// <param name="Of">Eligible patients under this read.</param>
/// <param name="LogrankP">Log-rank p of landmark EFS persistent vs cleared; null when not computable.</param>
public sealed record ReadSensitivity(ReadResolution Resolution, int Persistent, int Of, double? LogrankP);

/// <summary>Agreement on one segment.</summary>
/// <param name="Segment">SIOPEN segment code.</param>
/// <param name="Agreement">Statistics for this segment; null when undefined (every read the same).</param>
public sealed record SegmentAgreement(string Segment, AgreementResult? Agreement)
{
    /// <summary>Scans where every reader gave this segment the same score.</summary>
    public int Agreeing { get; init; }
    /// <summary>Why <see cref="Agreement"/> is null (no variation).</summary>
    public string? Note { get; init; }
}

/// <summary>The two readers' SIOPEN totals of one scan.</summary>
/// <param name="ScanId">The scan.</param>
/// <param name="Reader1">Total of the first reader (<see cref="AgreementSummary.Readers"/>[0]).</param>
/// <param name="Reader2">Total of the second reader.</param>
public sealed record ReaderTotals(string ScanId, int Reader1, int Reader2);

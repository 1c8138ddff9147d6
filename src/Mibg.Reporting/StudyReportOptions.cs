namespace Mibg.Reporting;

/// <summary>Options of <see cref="StudyReport"/>.Write.</summary>
public sealed record StudyReportOptions
{
    /// <summary>Report title. Default: the plan's title.</summary>
    public string? Title { get; init; }

    /// <summary>Write report.pdf (default true).</summary>
    public bool Pdf { get; init; } = true;

    /// <summary>Write figures/*.png (default true; SVGs are always written).</summary>
    public bool Png { get; init; } = true;

    /// <summary>
    /// Per-scan SIOPEN totals of the two readers for the Bland–Altman points (reader 1, reader 2). Empty (default):
    /// the pairs of <c>agreement.totals</c> in results.json are drawn.
    /// </summary>
    public IReadOnlyList<(double Reader1, double Reader2)> ReaderTotals { get; init; } = [];

    /// <summary>Date printed under the title (e.g. the analysis date); none by default so reruns are identical.</summary>
    public DateOnly? Date { get; init; }
}

namespace Mibg.Reporting.Figures;

/// <summary>
/// One panel of the skeleton heat map: at one time point, the share of scans in which each SIOPEN
/// segment is positive (score &gt; 0).
/// </summary>
/// <param name="Title">e.g. "Diagnosis".</param>
/// <param name="Scans">Number of scans the shares are over (0 draws the skeleton grey: no data).</param>
/// <param name="PositiveShare">SIOPEN segment code → share of scans positive, 0..1.</param>
public sealed record SkeletonPanel(string Title, int Scans, IReadOnlyDictionary<string, double> PositiveShare);

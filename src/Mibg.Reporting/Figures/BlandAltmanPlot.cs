namespace Mibg.Reporting.Figures;

/// <summary>A Bland–Altman plot of two readers' SIOPEN totals.</summary>
/// <param name="Name">File stem.</param>
/// <param name="Caption">Caption.</param>
/// <param name="Pairs">Per scan: reader 1 total and reader 2 total (empty: only the lines are drawn).</param>
/// <param name="Bias">Mean difference reader 1 − reader 2.</param>
/// <param name="Lower">Lower limit of agreement (bias − 1.96 sd).</param>
/// <param name="Upper">Upper limit of agreement.</param>
/// <param name="Readers">The two reader codes, e.g. ("R1", "R2").</param>
public sealed record BlandAltmanPlot(string Name, string Caption, IReadOnlyList<(double Reader1, double Reader2)> Pairs,
    double Bias, double Lower, double Upper, (string First, string Second) Readers);

using Mibg.Core.Scoring;

namespace Mibg.Core.Cohort;

/// <summary>
/// The SIOPEN segment scores the analysis uses for one scan, in published segment order
/// (<see cref="SiopenSegments.All"/>). Whole numbers for a single read; a mean of readers may be fractional.
/// </summary>
/// <param name="Segments">12 values, 0..6.</param>
/// <param name="Source">Where they come from: <c>consensus</c>, <c>mean_of_readers</c> or a reader code.</param>
public sealed record ResolvedRead(IReadOnlyList<double> Segments, string Source)
{
    /// <summary>From one read's SIOPEN score.</summary>
    public static ResolvedRead From(SiopenScore score, string source) =>
        new(score.Values.Select(v => (double)v).ToArray(), source);

    /// <summary>SIOPEN total (sum of the segments).</summary>
    public double Total => Segments.Sum();

    /// <summary>Value of one segment.</summary>
    public double this[SiopenSegment segment] => Segments[segment.Number - 1];

    /// <summary>Codes of the segments scored above 0, in published order.</summary>
    public IReadOnlyList<string> PositiveSegments =>
        SiopenSegments.All.Where(s => this[s] > 0).Select(s => s.Code).ToArray();
}

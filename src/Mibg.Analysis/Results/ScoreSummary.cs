using Mibg.Core.TimePoints;
namespace Mibg.Analysis.Results;

/// <summary>
/// SIOPEN total (resolved read) of one group at one time point: median [min–max] over one scan per
/// patient. <see cref="Median"/>/<see cref="Min"/>/<see cref="Max"/> are null when <see cref="N"/> is 0.
/// </summary>
public sealed record ScoreSummary
{
    /// <summary>Group code (see <see cref="GroupMembers"/>).</summary>
    public required string Group { get; init; }
    /// <summary>Time point code: <c>diagnosis</c>, <c>post_induction</c>, <c>post_hdc</c>, <c>end_of_treatment</c>, <c>progression</c>.</summary>
    public required TimePoint Timepoint { get; init; }
    /// <summary>Patients with a scored scan at this time point.</summary>
    public required int N { get; init; }
    /// <summary>Median SIOPEN total (mean of the two middle values for even N).</summary>
    public required double? Median { get; init; }
    /// <summary>Smallest total.</summary>
    public required double? Min { get; init; }
    /// <summary>Largest total.</summary>
    public required double? Max { get; init; }
    /// <summary>Patients counted, sorted.</summary>
    public required IReadOnlyList<string> Patients { get; init; }
    /// <summary>Scans used (same order as <see cref="Patients"/>).</summary>
    public required IReadOnlyList<string> ScanIds { get; init; }
    /// <summary>Group members without a scored scan at this time point, sorted.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}

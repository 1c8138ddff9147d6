using Mibg.Core.TimePoints;
namespace Mibg.Analysis.Results;

/// <summary>The time point assigned to a scan (explicit value or window) and its resolved SIOPEN read.</summary>
/// <param name="ScanId">The scan.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="ScanDate">Scan date.</param>
/// <param name="Timepoint">Time point code.</param>
/// <param name="Assigned"><c>explicit</c> (written in the study) or <c>window</c>.</param>
/// <param name="SiopenTotal">Resolved SIOPEN total; null when pending.</param>
/// <param name="ReadSource">Read used: <c>consensus</c>, <c>mean_of_readers</c>, a reader code, or <c>pending</c>.</param>
public sealed record ScanTimePoint(string ScanId, string PatientId, DateOnly ScanDate, TimePoint Timepoint, TimePointAssignment Assigned, double? SiopenTotal, string ReadSource);

/// <summary>How a scan got its time point (results.json <c>scans[].assigned</c>).</summary>
public enum TimePointAssignment
{
    /// <summary>Written in the study's <c>timepoint</c> column. Code <c>explicit</c>.</summary>
    Explicit,
    /// <summary>Assigned by the plan's time-point windows. Code <c>window</c>.</summary>
    Window,
}

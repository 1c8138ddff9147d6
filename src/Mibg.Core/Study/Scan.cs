using Mibg.Core.TimePoints;

namespace Mibg.Core.Study;

/// <summary>One mIBG scan (design/data-dictionary.md, table <c>scans</c>).</summary>
public sealed record Scan
{
    /// <summary>Unique scan identifier.</summary>
    public required string ScanId { get; init; }
    /// <summary>The scanned patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>Date of the scan.</summary>
    public required DateOnly ScanDate { get; init; }
    /// <summary>Time point as written in the study; null = assigned by the plan's windows.</summary>
    public TimePoint? TimePoint { get; init; }
    /// <summary><c>123I</c> or <c>131I</c>.</summary>
    public string? Tracer { get; init; }
    /// <summary>SPECT done: <c>yes</c> / <c>no</c>.</summary>
    public string? Spect { get; init; }
    /// <summary>Path or URI of the images shown to readers.</summary>
    public string? Image { get; init; }
    /// <summary>Unknown columns kept as extra attributes.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra.Value;
}

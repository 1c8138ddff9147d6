using Mibg.Core.Study;
using Mibg.Core.TimePoints;
namespace Mibg.Analysis.Results;

/// <summary>
/// One persistent patient's course for the swimmer plot, times in years from diagnosis (days ÷ 365.25).
/// </summary>
public sealed record SwimmerRow
{
    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }
    /// <summary>Leaf group code.</summary>
    public required string Group { get; init; }
    /// <summary>Diagnosis to last contact, years.</summary>
    public required double LastContactYears { get; init; }
    /// <summary><c>alive</c> or <c>dead</c>.</summary>
    public required string VitalStatus { get; init; }
    /// <summary>Treatment phases.</summary>
    public required IReadOnlyList<SwimmerPhase> Phases { get; init; }
    /// <summary>Scans with time point and SIOPEN total (null when no usable read).</summary>
    public required IReadOnlyList<SwimmerScan> Scans { get; init; }
    /// <summary>Events.</summary>
    public required IReadOnlyList<SwimmerEvent> Events { get; init; }
    /// <summary>Radiotherapy courses (the radiotherapy table, and patients.radiotherapy_date read as a primary course).</summary>
    public IReadOnlyList<SwimmerRadiotherapy> Radiotherapy { get; init; } = [];
}

/// <summary>A radiotherapy course on the swimmer row.</summary>
/// <param name="StartYears">Start, years from diagnosis.</param>
/// <param name="EndYears">End, years from diagnosis; null when not recorded.</param>
/// <param name="Target"><c>primary</c> or <c>metastasis</c>.</param>
/// <param name="Sites">Irradiated sites (SIOPEN codes or <c>soft_tissue</c>); empty for the primary.</param>
/// <param name="DoseGy">Total dose, Gy; null when not recorded.</param>
public sealed record SwimmerRadiotherapy(double StartYears, double? EndYears, RadiotherapyTarget Target, IReadOnlyList<string> Sites, double? DoseGy);

/// <summary>A treatment phase: <c>induction</c>, <c>hdc</c> (HDC to maintenance start), <c>maintenance</c>.</summary>
/// <param name="Phase">Phase code.</param>
/// <param name="StartYears">Start, years from diagnosis.</param>
/// <param name="EndYears">End, years from diagnosis.</param>
public sealed record SwimmerPhase(string Phase, double StartYears, double EndYears);

/// <summary>A scan on the swimmer row.</summary>
/// <param name="ScanId">The scan.</param>
/// <param name="Years">Years from diagnosis.</param>
/// <param name="Timepoint">Time point code.</param>
/// <param name="SiopenTotal">Resolved SIOPEN total; null when pending.</param>
public sealed record SwimmerScan(string ScanId, double Years, TimePoint Timepoint, int? SiopenTotal);

/// <summary>An event on the swimmer row.</summary>
/// <param name="Years">Years from diagnosis.</param>
/// <param name="EventType">Event type code (<c>progression</c>, <c>relapse</c>, <c>second_malignancy</c>, <c>death</c>).</param>
public sealed record SwimmerEvent(double Years, EventType EventType);

namespace Mibg.Reporting.Figures;

/// <summary>A treatment phase on a swimmer line, in years from diagnosis.</summary>
/// <param name="Phase">Which phase.</param>
/// <param name="Start">Start, years from diagnosis.</param>
/// <param name="End">End, years from diagnosis.</param>
public sealed record SwimmerPhase(TreatmentPhase Phase, double Start, double End);

/// <summary>Treatment phases drawn on the swimmer plot.</summary>
public enum TreatmentPhase
{
    /// <summary>Diagnosis to high-dose chemotherapy.</summary>
    Induction,

    /// <summary>High-dose chemotherapy to the start of maintenance (consolidation).</summary>
    Hdc,

    /// <summary>Maintenance, to end of treatment.</summary>
    Maintenance,

    /// <summary>After end of treatment, to last contact.</summary>
    FollowUp,
}

/// <summary>A scan on a swimmer line: time and SIOPEN total (the label).</summary>
/// <param name="Time">Years from diagnosis.</param>
/// <param name="SiopenTotal">SIOPEN total (0..72), or null when the scan has no usable read.</param>
public sealed record SwimmerScan(double Time, double? SiopenTotal);

/// <summary>A clinical event on a swimmer line.</summary>
/// <param name="Time">Years from diagnosis.</param>
/// <param name="Kind">Event type code as in the study (progression, relapse, death, ...).</param>
public sealed record SwimmerEvent(double Time, string Kind);

/// <summary>One patient's line on the swimmer plot.</summary>
/// <param name="PatientId">Study patient id (no names).</param>
/// <param name="Group">Group label shown by colour.</param>
/// <param name="LastContact">Years from diagnosis to last contact (the end of the line).</param>
/// <param name="Alive">Alive at last contact (drawn as an arrow: follow-up continues).</param>
/// <param name="Phases">Treatment phases.</param>
/// <param name="Scans">Scans with their SIOPEN totals.</param>
/// <param name="Events">Disease events and death.</param>
/// <param name="Radiotherapy">Radiotherapy courses (drawn as a purple span under the line).</param>
public sealed record SwimmerPatient(string PatientId, string Group, double LastContact, bool Alive,
    IReadOnlyList<SwimmerPhase> Phases, IReadOnlyList<SwimmerScan> Scans, IReadOnlyList<SwimmerEvent> Events,
    IReadOnlyList<SwimmerCourse>? Radiotherapy = null);

/// <summary>A radiotherapy course on a swimmer line.</summary>
/// <param name="Start">Years from diagnosis.</param>
/// <param name="End">Years from diagnosis (the start when not recorded).</param>
/// <param name="Metastasis">Aimed at metastatic sites (else the primary).</param>
public sealed record SwimmerCourse(double Start, double End, bool Metastasis);

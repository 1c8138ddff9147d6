namespace Mibg.Analysis.Results;

/// <summary>
/// Cumulative incidence of local failure of persistent sites, irradiated vs not, with relapse elsewhere only, second
/// malignancy and death as competing events (docs/analysis.md "Local control of persistent sites").
/// </summary>
public sealed record LocalFailureIncidence
{
    /// <summary>Sites per arm, with failures and patients.</summary>
    public required IReadOnlyList<LocalControlArm> Arms { get; init; }
    /// <summary>Aalen–Johansen curves of local failure per arm (site level), corner points as cmprsk returns them.</summary>
    public required IReadOnlyList<LocalFailureCurve> Curves { get; init; }
    /// <summary>Cumulative incidence at the plan's times, per arm and the difference, with patient-bootstrap intervals.</summary>
    public required IReadOnlyList<LocalFailureAt> AtTimes { get; init; }
    /// <summary>Gray's test of local failure, irradiated vs not, treating sites as independent (anti-conservative: see <see cref="Dependence"/>); null when it cannot be computed.</summary>
    public double? GrayPSiteLevel { get; init; }
    /// <summary>How the dependence of sites within a patient is handled, in words for the methods.</summary>
    public required string Dependence { get; init; }
    /// <summary>The study beside Casey et al., IJROBP 2018 (doi:10.1016/j.ijrobp.2018.01.008).</summary>
    public required IReadOnlyList<LiteratureComparison> Literature { get; init; }
}

/// <summary>One arm of the local-control comparison.</summary>
public sealed record LocalControlArm(string Arm, int Sites, int Patients, int LocalFailures, int Competing, int Censored);

/// <summary>One cumulative incidence curve of local failure.</summary>
public sealed record LocalFailureCurve(string Arm, IReadOnlyList<LocalFailurePoint> Steps);

/// <summary>A corner point of a curve: time in years, cumulative incidence.</summary>
public sealed record LocalFailurePoint(double Time, double Estimate);

/// <summary>
/// Cumulative incidence of local failure at one time: per arm with its patient-bootstrap percentile interval, and the
/// difference irradiated − not irradiated with its interval. Null where an arm has no follow-up that long.
/// </summary>
public sealed record LocalFailureAt(
    double Time, double? Irradiated, double? IrradiatedLower, double? IrradiatedUpper,
    double? NotIrradiated, double? NotIrradiatedLower, double? NotIrradiatedUpper,
    double? Difference, double? DifferenceLower, double? DifferenceUpper, int BootstrapResamplesUsed);

/// <summary>A figure of this study beside the published one.</summary>
public sealed record LiteratureComparison(string Measure, double? Study, double Published, string Source, string Note);

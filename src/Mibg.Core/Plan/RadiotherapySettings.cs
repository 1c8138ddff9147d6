namespace Mibg.Core.Plan;

/// <summary>
/// How radiotherapy to persistent sites is recognised and how local control is summarised (plan field
/// <c>radiotherapy</c>; docs/analysis.md "Local control of persistent sites").
/// </summary>
public sealed record RadiotherapySettings
{
    /// <summary>
    /// A persistent site is <c>irradiated</c> when a metastasis course covering it starts on or after the post-HDC scan
    /// and within this many days of it (and before the first disease event: a course given for a relapse treats the
    /// failure, it does not prevent it). Default 180 days: consolidation radiotherapy follows the post-HDC evaluation
    /// within weeks, and 180 days leaves room for delays without counting treatment given much later in maintenance.
    /// </summary>
    public int IrradiationWindowDays { get; init; } = 180;

    /// <summary>Times (years from the post-HDC scan) at which the cumulative incidence of local failure is reported; default 2 and 5 (Casey et al., IJROBP 2018, report 5-year local control).</summary>
    public IReadOnlyList<double> LocalFailureTimesYears { get; init; } = [2, 5];

    /// <summary>Patient-level (cluster) bootstrap resamples for the interval of the irradiated − non-irradiated difference; default 2000.</summary>
    public int BootstrapResamples { get; init; } = 2000;

    /// <summary>Seed of the bootstrap, so an analysis is reproducible.</summary>
    public int BootstrapSeed { get; init; } = 20180108;
}

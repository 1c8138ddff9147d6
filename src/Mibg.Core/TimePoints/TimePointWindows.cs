namespace Mibg.Core.TimePoints;

/// <summary>
/// The windows that assign a scan to a time point, in days relative to the patient's dates. Every default
/// is the one stated in design/domain.md ("Time points"); all are plan options.
/// </summary>
public sealed record TimePointWindows
{
    /// <summary>diagnosis: scan within ± this many days of diagnosis_date (and before induction ends). Default 30.</summary>
    public int DiagnosisDays { get; init; } = 30;
    /// <summary>post_induction: scan on or after induction_end_date − this many days, before hdc_date. Default 30.</summary>
    public int PostInductionBeforeEndDays { get; init; } = 30;
    /// <summary>post_hdc: first scan on or after hdc_date + this many days. Default 30.</summary>
    public int PostHdcAfterHdcDays { get; init; } = 30;
    /// <summary>post_hdc: and on or before maintenance_start_date + this many days. Default 30.</summary>
    public int PostHdcAfterMaintenanceStartDays { get; init; } = 30;
    /// <summary>
    /// post_hdc when maintenance_start_date is blank (maintenance never started, or not recorded): on or before
    /// hdc_date + this many days. Default 150: maintenance usually starts about 3 months after HDC, once
    /// radiotherapy to the primary is done, so the default window (HDC + 30 .. maintenance + 30) spans about 4 months;
    /// without a bound the "post-HDC" scan could be any later scan. A plan option because the sources give no number.
    /// </summary>
    public int PostHdcMaxDaysWithoutMaintenance { get; init; } = 150;
    /// <summary>end_of_treatment: scan within ± this many days of end_of_treatment_date. Default 60.</summary>
    public int EndOfTreatmentDays { get; init; } = 60;
    /// <summary>progression: scan within ± this many days of a progression or relapse event. Default 30.</summary>
    public int ProgressionDays { get; init; } = 30;

    /// <summary>The windows of design/domain.md.</summary>
    public static TimePointWindows Default { get; } = new();
}

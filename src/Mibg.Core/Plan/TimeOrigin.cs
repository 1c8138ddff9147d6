namespace Mibg.Core.Plan;

/// <summary>Where survival or follow-up time starts (plan <c>endpoints.*_origin</c>, <c>followup.origin</c>).</summary>
public enum TimeOrigin
{
    /// <summary>The diagnosis date. Code <c>diagnosis</c>.</summary>
    Diagnosis,
    /// <summary>The post-HDC scan (landmark: the persistence finding is known from then on). Code <c>post_hdc_scan</c>.</summary>
    PostHdcScan,
}

using System.Text.Json.Serialization;

namespace Mibg.Core.Plan;

/// <summary>The scan relapse patterns are judged against (design/domain.md, "Site-level analysis").</summary>
public enum RelapseReference
{
    /// <summary>The post-HDC scan: when radiotherapy to the persisting sites would be given (default).</summary>
    [JsonStringEnumMemberName("post_hdc")] PostHdc,
    /// <summary>The last read post-HDC or end-of-treatment scan before the event.</summary>
    [JsonStringEnumMemberName("last_before_event")] LastBeforeEvent,
}

/// <summary>Relapse-site analysis settings.</summary>
public sealed record RelapseSiteSettings
{
    /// <summary>
    /// Reference scan of the relapse patterns (persistent_only, with_cleared_sites, …) and the cumulative incidence by
    /// pattern. Default <c>post_hdc</c>: a trial would irradiate the sites positive after HDC, so a site is "persistent"
    /// when that scan showed it. The per-patient classification (and the seed's 13/17 headline) keeps "the last scan
    /// before the event" as domain.md defines it.
    /// </summary>
    public RelapseReference Reference { get; init; } = RelapseReference.PostHdc;
}

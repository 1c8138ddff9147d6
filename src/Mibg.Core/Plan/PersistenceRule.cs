namespace Mibg.Core.Plan;

/// <summary>Persistent skeletal uptake after HDC: post-HDC SIOPEN total strictly above <see cref="PostHdcTotalAbove"/>.</summary>
public sealed record PersistenceRule
{
    /// <summary>Threshold on the post-HDC total, ≥ 0. Default 0 (any positive segment).</summary>
    public int PostHdcTotalAbove { get; init; }
}

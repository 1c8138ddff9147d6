namespace Mibg.Core.Plan;

/// <summary>Published figures an analysis is set against (plan <c>published</c>; null = none).</summary>
public enum PublishedComparison
{
    /// <summary>The seed study's abstract (and the NCI PDQ summary citing it). Code <c>seed</c>.</summary>
    Seed,
}

using Mibg.Core.Scoring;

namespace Mibg.Core.Cohort;

/// <summary>How the segments positive at a relapse divide (design/domain.md, "Site-level analysis").</summary>
/// <param name="Persistent">Positive at progression and on the last scan before the event.</param>
/// <param name="Cleared">Positive at progression and at diagnosis, negative on the last scan before the event.</param>
/// <param name="New">Positive at progression, negative at diagnosis and on the last scan before the event.</param>
public sealed record RelapseSiteClassification(IReadOnlyList<string> Persistent, IReadOnlyList<string> Cleared, IReadOnlyList<string> New)
{

    /// <summary>
    /// Classifies every segment positive on <paramref name="progression"/>. A segment positive on the reference
    /// scan is persistent whatever the diagnosis scan shows.
    /// </summary>
    public static RelapseSiteClassification Classify(ResolvedRead progression, ResolvedRead reference, ResolvedRead diagnosis)
    {
        var persistent = new List<string>();
        var cleared = new List<string>();
        var @new = new List<string>();
        foreach (var s in SiopenSegments.All)
        {
            if (progression[s] <= 0) continue;
            if (reference[s] > 0) persistent.Add(s.Code);
            else if (diagnosis[s] > 0) cleared.Add(s.Code);
            else @new.Add(s.Code);
        }
        return new(persistent, cleared, @new);
    }

    /// <summary>At sites of prior skeletal disease: persistent ∪ cleared is not empty.</summary>
    public bool AtPriorSkeletalSites => Persistent.Count + Cleared.Count > 0;

    /// <summary>The relapse pattern: confined_to_persistent, involves_cleared, involves_new or non_skeletal_only.</summary>
    public RelapsePattern Pattern =>
        New.Count > 0 ? RelapsePattern.InvolvesNew
        : Cleared.Count > 0 ? RelapsePattern.InvolvesCleared
        : Persistent.Count > 0 ? RelapsePattern.ConfinedToPersistent
        : RelapsePattern.NonSkeletalOnly;
}

/// <summary>The skeletal pattern of one relapse (results.json <c>relapse_sites.patients[].pattern</c>).</summary>
public enum RelapsePattern
{
    /// <summary>Every positive segment was positive on the reference scan. Code <c>confined_to_persistent</c>.</summary>
    ConfinedToPersistent,
    /// <summary>Some cleared segment (positive at diagnosis, negative on the reference), no new one. Code <c>involves_cleared</c>.</summary>
    InvolvesCleared,
    /// <summary>Some new segment (negative at diagnosis and on the reference). Code <c>involves_new</c>.</summary>
    InvolvesNew,
    /// <summary>No skeletal segment positive at progression. Code <c>non_skeletal_only</c>.</summary>
    NonSkeletalOnly,
}

using Mibg.Core.Scoring;

namespace Mibg.Core.Cohort;

/// <summary>How the segments positive at a relapse divide (design/domain.md, "Site-level analysis").</summary>
/// <param name="Persistent">Positive at progression and on the last scan before the event.</param>
/// <param name="Cleared">Positive at progression and at diagnosis, negative on the last scan before the event.</param>
/// <param name="New">Positive at progression, negative at diagnosis and on the last scan before the event.</param>
public sealed record RelapseSiteClassification(IReadOnlyList<string> Persistent, IReadOnlyList<string> Cleared, IReadOnlyList<string> New)
{
    /// <summary>Relapse confined to persistent sites.</summary>
    public const string ConfinedToPersistent = "confined_to_persistent";
    /// <summary>Some cleared site, no new site.</summary>
    public const string InvolvesCleared = "involves_cleared";
    /// <summary>Some new site.</summary>
    public const string InvolvesNew = "involves_new";
    /// <summary>No skeletal site positive at progression.</summary>
    public const string NonSkeletalOnly = "non_skeletal_only";

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
    public string Pattern =>
        New.Count > 0 ? InvolvesNew
        : Cleared.Count > 0 ? InvolvesCleared
        : Persistent.Count > 0 ? ConfinedToPersistent
        : NonSkeletalOnly;
}

namespace Mibg.Core.Scoring;

/// <summary>
/// The INRC 2017 bone (mIBG) response of a scan (Park et al., J Clin Oncol 2017;35:2580, doi:10.1200/JCO.2016.72.0177,
/// Table 3 "metastatic soft tissue and bone response"; rules and where the table leaves room: docs/domain.md). Only the
/// skeletal segments count (<see cref="ISkeletalScore.SkeletalSegments"/>): the Curie soft-tissue region belongs to the
/// soft-tissue part of the metastatic component, so bone unchanged with soft tissue 3 → 0 is SD, not PR.
/// </summary>
/// <param name="RelativeScore">Absolute bone score now ÷ at diagnosis; null ("not evaluable") when the diagnosis bone score is 0.</param>
/// <param name="NewSites">Skeletal segments scored 0 on the diagnosis scan and above 0 now.</param>
/// <param name="Response">CR, PR, SD or PD.</param>
public sealed record BoneResponseAssessment(double? RelativeScore, IReadOnlyList<string> NewSites, BoneResponse Response)
{
    /// <summary>Relative score at or below which a reduction is a partial response (Table 3: "≥ 50% reduction").</summary>
    public const double PartialResponseMaxRelative = 0.5;

    /// <summary>
    /// Lower end of the relative-score range Table 3 gives for PR ("≥ 0.1 to ≤ 0.5"). A relative score above 0 but below it
    /// is still read as PR (the ≥ 50% reduction is met and uptake remains, so not CR) and flagged by
    /// <see cref="BelowPartialResponseRange"/> (docs/domain.md, where the table leaves room).
    /// </summary>
    public const double PartialResponseMinRelative = 0.1;

    /// <summary>Relative score at or above which the bone component has progressed (Table 3).</summary>
    public const double ProgressionMinRelative = 1.2;

    /// <summary>Skeletal segments scored 0 on the previous scan and above 0 now (empty when no previous scan was given).</summary>
    public IReadOnlyList<string> NewSincePrevious { get; init; } = [];

    /// <summary>Whether a previous scan was judged besides the diagnosis scan.</summary>
    public bool ComparedWithPrevious { get; init; }

    /// <summary>The response is PR with a relative score below Table 3's PR range (0 &lt; relative &lt; 0.1).</summary>
    public bool BelowPartialResponseRange =>
        Response == BoneResponse.PR && RelativeScore is > 0 and < PartialResponseMinRelative;

    /// <summary>
    /// Judges <paramref name="current"/> against the diagnosis scan <paramref name="diagnosis"/> and, when given, the
    /// most recent earlier scan <paramref name="previous"/>; all must use the same scoring system (INRC 2017 requires
    /// it). Rules, in order, on the skeletal segments: absolute bone score 0 → CR; a segment positive now that was 0
    /// at diagnosis or on the previous scan (a new bone site), or relative score ≥ 1.2 → PD; relative score ≤ 0.5 → PR;
    /// otherwise SD. The relative score is always against diagnosis ("baseline before therapeutic interventions").
    /// </summary>
    /// <exception cref="ArgumentException">The scores use different systems.</exception>
    public static BoneResponseAssessment Assess(ISkeletalScore current, ISkeletalScore diagnosis, ISkeletalScore? previous = null)
    {
        foreach (var (other, name) in new[] { (diagnosis, nameof(diagnosis)), (previous, nameof(previous)) })
            if (other is not null && other.System != current.System)
                throw new ArgumentException($"INRC 2017 needs the same scoring system at every time point ({current.System} vs {other.System})", name);
        double? relative = diagnosis.SkeletalTotal == 0 ? null : (double)current.SkeletalTotal / diagnosis.SkeletalTotal;
        var newSites = NewAgainst(current, diagnosis);
        var sincePrevious = previous is null ? [] : NewAgainst(current, previous);
        var response =
            current.SkeletalTotal == 0 ? BoneResponse.CR
            : newSites.Count > 0 || sincePrevious.Count > 0 || relative >= ProgressionMinRelative ? BoneResponse.PD
            : relative <= PartialResponseMaxRelative ? BoneResponse.PR
            : BoneResponse.SD;
        return new BoneResponseAssessment(relative, newSites, response) { NewSincePrevious = sincePrevious, ComparedWithPrevious = previous is not null };
    }

    private static List<string> NewAgainst(ISkeletalScore current, ISkeletalScore reference)
    {
        var list = new List<string>();
        for (var i = 0; i < current.SkeletalSegments; i++)
            if (reference.Values[i] == 0 && current.Values[i] > 0)
                list.Add(current.Codes[i]);
        return list;
    }
}

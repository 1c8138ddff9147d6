namespace Mibg.Core.Scoring;

/// <summary>
/// The INRC 2017 bone (mIBG) response of a scan against its reference (diagnosis) scan.
/// Source: Park et al., J Clin Oncol 2017;35:2580 (doi:10.1200/JCO.2016.72.0177).
/// </summary>
/// <param name="RelativeScore">Current total ÷ reference total; null ("not evaluable") when the reference total is 0.</param>
/// <param name="NewSites">Segments scored 0 on the reference scan and above 0 now.</param>
/// <param name="Response">CR, PR, SD or PD.</param>
public sealed record BoneResponseAssessment(double? RelativeScore, IReadOnlyList<string> NewSites, BoneResponse Response)
{
    /// <summary>Relative score at or below which a reduction is a partial response (≥ 50% reduction).</summary>
    public const double PartialResponseMaxRelative = 0.5;

    /// <summary>Relative score at or above which the bone component has progressed.</summary>
    public const double ProgressionMinRelative = 1.2;

    /// <summary>
    /// Judges <paramref name="current"/> against <paramref name="reference"/>; both must use the same
    /// scoring system (INRC 2017 requires it). Rules, in order: score 0 → CR; any new site or relative
    /// score ≥ 1.2 → PD; relative score ≤ 0.5 → PR; otherwise SD.
    /// </summary>
    /// <exception cref="ArgumentException">The two scores use different systems.</exception>
    public static BoneResponseAssessment Assess(ISkeletalScore current, ISkeletalScore reference)
    {
        if (current.System != reference.System)
            throw new ArgumentException($"INRC 2017 needs the same scoring system at both time points ({current.System} vs {reference.System})", nameof(reference));
        double? relative = reference.Total == 0 ? null : (double)current.Total / reference.Total;
        var newSites = new List<string>();
        for (var i = 0; i < current.Values.Count; i++)
            if (reference.Values[i] == 0 && current.Values[i] > 0)
                newSites.Add(current.Codes[i]);
        var response =
            current.Total == 0 ? BoneResponse.CR
            : newSites.Count > 0 || relative >= ProgressionMinRelative ? BoneResponse.PD
            : relative <= PartialResponseMaxRelative ? BoneResponse.PR
            : BoneResponse.SD;
        return new BoneResponseAssessment(relative, newSites, response);
    }
}

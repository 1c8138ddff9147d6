using Mibg.Core.Scoring;

namespace Mibg.Cli.Commands.Scoring;

/// <summary>A score and, with a baseline, its INRC 2017 bone response.</summary>
internal sealed record ScoreResult(ISkeletalScore Score, BoneResponseAssessment? Assessment)
{
    /// <summary>
    /// The JSON of docs/cli.md: relative_score (skeletal segments only), new_sites and response only with a baseline,
    /// new_since_previous only with --previous.
    /// </summary>
    public Dictionary<string, object?> ToJson()
    {
        var json = new Dictionary<string, object?>
        {
            ["system"] = Score.System,
            ["total"] = Score.Total,
            ["skeletal_total"] = Score.SkeletalTotal,
            ["positive_segments"] = Score.PositiveSegments,
            ["discrete_lesions"] = Score.DiscreteLesions,
            ["diffuse_segments"] = Score.DiffuseSegments,
        };
        if (Assessment is { } a)
        {
            json["relative_score"] = a.RelativeScore;
            json["new_sites"] = a.NewSites;
            if (a.ComparedWithPrevious) json["new_since_previous"] = a.NewSincePrevious;
            json["response"] = a.Response.ToString();
        }
        return json;
    }
}

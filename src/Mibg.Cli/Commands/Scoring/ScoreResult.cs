using Mibg.Core.Scoring;

namespace Mibg.Cli.Commands.Scoring;

/// <summary>A score and, with a baseline, its INRC 2017 bone response.</summary>
internal sealed record ScoreResult(ISkeletalScore Score, BoneResponseAssessment? Assessment)
{
    /// <summary>The JSON of design/cli.md: relative_score and response only with a baseline.</summary>
    public Dictionary<string, object?> ToJson()
    {
        var json = new Dictionary<string, object?>
        {
            ["system"] = Score.System,
            ["total"] = Score.Total,
            ["positive_segments"] = Score.PositiveSegments,
            ["discrete_lesions"] = Score.DiscreteLesions,
            ["diffuse_segments"] = Score.DiffuseSegments,
        };
        if (Assessment is { } a)
        {
            json["relative_score"] = a.RelativeScore;
            json["new_sites"] = a.NewSites;
            json["response"] = a.Response.ToString();
        }
        return json;
    }
}

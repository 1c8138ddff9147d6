using Mibg.Core.Scoring;

namespace Mibg.Web.Reading;

/// <summary>
/// What each SIOPEN segment score means (extent of disease within the segment), as shown beside the scoring
/// form. Source: Lewington et al., EJNMMI 2017;44:234–241 (design/domain.md, SIOPEN table).
/// </summary>
public static class SiopenExtent
{
    /// <summary>Definitions of the scores 0..<see cref="SiopenScore.MaxSegmentScore"/>, by score.</summary>
    public static IReadOnlyList<string> Definitions { get; } =
    [
        "no lesion",
        "one discrete lesion",
        "two discrete lesions",
        "three discrete lesions",
        "more than three discrete foci, or one diffuse lesion involving < 50% of the bone",
        "diffuse involvement of 50–95% of the bone",
        "diffuse involvement of the whole bone",
    ];
}

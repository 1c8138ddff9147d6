using Mibg.Core.Plan;
using Mibg.Core.Scoring;

namespace Mibg.Core.Cohort;

/// <summary>
/// Oligo-skeletal disease on one scan (design/domain.md; plan section <c>oligo</c>): at least one positive
/// segment and every limit of the definition met. Discrete lesions = sum of the scores of segments scored
/// 1..3 (a segment scored 2 holds two lesions; 4..6 cannot be counted).
/// </summary>
public static class OligoRule
{
    /// <summary>Whether <paramref name="read"/> shows oligo-skeletal disease under <paramref name="definition"/>.</summary>
    public static bool IsOligo(ResolvedRead read, OligoDefinition definition)
    {
        var positive = read.Segments.Where(v => v > 0).ToArray();
        if (positive.Length == 0) return false;
        if (definition.MaxPositiveSegments is { } maxSeg && positive.Length > maxSeg) return false;
        if (definition.MaxSegmentScore is { } maxScore && positive.Any(v => v > maxScore)) return false;
        if (definition.MaxDiscreteLesions is { } maxLesions &&
            positive.Where(v => v <= SiopenScore.MaxDiscreteScore).Sum() > maxLesions) return false;
        if (definition.MaxTotal is { } maxTotal && read.Total > maxTotal) return false;
        return true;
    }
}

namespace Mibg.Core.Scoring;

/// <summary>
/// A semi-quantitative mIBG score read on one scan: a fixed list of segments (regions), each scored
/// within 0..<see cref="MaxPerSegment"/>. Implemented by <see cref="SiopenScore"/> and <see cref="CurieScore"/>.
/// </summary>
public interface ISkeletalScore
{
    /// <summary>Scoring system name, <c>siopen</c> or <c>curie</c>.</summary>
    string System { get; }

    /// <summary>Segment (region) codes in the system's published order.</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>The per-segment scores, same order as <see cref="Codes"/>.</summary>
    IReadOnlyList<int> Values { get; }

    /// <summary>Largest valid score of one segment.</summary>
    int MaxPerSegment { get; }

    /// <summary>Sum of the scores that count in the total.</summary>
    int Total { get; }

    /// <summary>
    /// How many of the first <see cref="Values"/> are skeletal segments (SIOPEN: all 12; Curie: the 9 skeletal regions,
    /// the 10th is soft tissue). INRC 2017 judges the bone response on these only (docs/domain.md).
    /// </summary>
    int SkeletalSegments { get; }

    /// <summary>Sum of the skeletal segments (the "absolute bone score" of INRC 2017).</summary>
    int SkeletalTotal { get; }

    /// <summary>Number of segments scored above 0.</summary>
    int PositiveSegments { get; }

    /// <summary>Number of discrete lesions counted in segments scored as discrete (see the implementing type).</summary>
    int DiscreteLesions { get; }

    /// <summary>Number of segments scored as multifocal or diffuse.</summary>
    int DiffuseSegments { get; }
}

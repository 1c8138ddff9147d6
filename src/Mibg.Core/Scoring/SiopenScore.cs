using System.Collections.Immutable;

namespace Mibg.Core.Scoring;

/// <summary>
/// A SIOPEN mIBG skeletal score: 12 segments (<see cref="SiopenSegments.All"/>), each 0..6 for the
/// extent of disease within the segment (intensity is not scored). A value of this type cannot hold an
/// invalid score: construction checks every segment.
/// <list type="table">
/// <item><term>0</term><description>no lesion</description></item>
/// <item><term>1, 2, 3</term><description>one, two, three discrete lesions</description></item>
/// <item><term>4</term><description>more than three discrete foci, or one diffuse lesion &lt; 50% of the bone</description></item>
/// <item><term>5</term><description>diffuse involvement of 50–95% of the bone</description></item>
/// <item><term>6</term><description>diffuse involvement of the whole bone</description></item>
/// </list>
/// Total = sum of the 12 segments, 0..72; soft tissue is recorded apart and never added.
/// Source: Lewington et al., EJNMMI 2017;44:234–241 (doi:10.1007/s00259-016-3516-0).
/// </summary>
public sealed class SiopenScore : ISkeletalScore, IEquatable<SiopenScore>
{
    /// <summary>Largest score of one segment (6 = whole bone involved).</summary>
    public const int MaxSegmentScore = 6;

    /// <summary>Largest possible total (12 × 6).</summary>
    public const int MaxTotal = 72;

    /// <summary>Highest segment score that still counts discrete lesions (3 = three discrete lesions).</summary>
    public const int MaxDiscreteScore = 3;

    private readonly ImmutableArray<int> _values;

    /// <summary>Builds a score from 12 values in the published segment order.</summary>
    /// <exception cref="ArgumentException">Not exactly 12 values.</exception>
    /// <exception cref="ScoreRangeException">A value outside 0..6; names the segment.</exception>
    public SiopenScore(IEnumerable<int> values)
    {
        var v = values.ToImmutableArray();
        if (v.Length != SiopenSegments.Count)
            throw new ArgumentException($"a SIOPEN score has {SiopenSegments.Count} segments, got {v.Length}", nameof(values));
        for (var i = 0; i < v.Length; i++)
            if (v[i] is < 0 or > MaxSegmentScore)
                throw new ScoreRangeException(SiopenSegments.All[i].Code, v[i], MaxSegmentScore);
        _values = v;
    }

    /// <summary>A score of 0 in every segment (no skeletal disease).</summary>
    public static SiopenScore Zero { get; } = new(new int[12]);

    /// <summary>Builds a score from segment code → value; every segment must be present.</summary>
    public static SiopenScore FromSegments(IReadOnlyDictionary<string, int> bySegmentCode)
    {
        var values = new int[SiopenSegments.Count];
        foreach (var s in SiopenSegments.All)
        {
            if (!bySegmentCode.TryGetValue(s.Code, out var value))
                throw new ArgumentException($"segment {s.Code} is missing", nameof(bySegmentCode));
            values[s.Number - 1] = value;
        }
        foreach (var code in bySegmentCode.Keys)
            if (!SiopenSegments.IsCode(code))
                throw new ArgumentException($"{code} is not a SIOPEN segment", nameof(bySegmentCode));
        return new SiopenScore(values);
    }

    /// <inheritdoc />
    public string System => "siopen";

    /// <inheritdoc />
    public IReadOnlyList<string> Codes { get; } = SiopenSegments.All.Select(s => s.Code).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<int> Values => _values;

    /// <inheritdoc />
    public int MaxPerSegment => MaxSegmentScore;

    /// <summary>The score of one segment.</summary>
    public int this[SiopenSegment segment] => _values[segment.Number - 1];

    /// <inheritdoc />
    public int Total => _values.Sum();

    /// <inheritdoc />
    public int SkeletalSegments => _values.Length;

    /// <summary>The total: every SIOPEN segment is skeletal (soft tissue is recorded apart).</summary>
    public int SkeletalTotal => Total;

    /// <inheritdoc />
    public int PositiveSegments => _values.Count(v => v > 0);

    /// <summary>Segments scored above 0, in published order.</summary>
    public IReadOnlyList<SiopenSegment> Positive =>
        SiopenSegments.All.Where(s => this[s] > 0).ToArray();

    /// <summary>Sum of discrete lesions over segments scored 1..3 (a segment scored 2 holds two lesions).</summary>
    public int DiscreteLesions => _values.Where(v => v is > 0 and <= MaxDiscreteScore).Sum();

    /// <summary>Segments scored 4..6: more than three foci or diffuse, so lesions cannot be counted.</summary>
    public int DiffuseSegments => _values.Count(v => v > MaxDiscreteScore);

    /// <inheritdoc />
    public bool Equals(SiopenScore? other) => other is not null && _values.SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SiopenScore);

    /// <inheritdoc />
    public override int GetHashCode() => _values.Aggregate(17, (h, v) => h * 7 + v);

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', _values);
}

using System.Collections.Immutable;

namespace Mibg.Core.Scoring;

/// <summary>
/// A Curie mIBG score: 10 regions (<see cref="CurieRegions.All"/>: 9 skeletal + soft tissue), each 0..3:
/// 0 no site, 1 one site, 2 more than one site, 3 diffuse (&gt; 50% of the region). Total 0..30.
/// Source: Ady et al., Eur J Cancer 1995; Yanik et al., J Nucl Med 2013 (doi:10.2967/jnumed.112.112334).
/// </summary>
public sealed class CurieScore : ISkeletalScore, IEquatable<CurieScore>
{
    /// <summary>Largest score of one region (3 = diffuse).</summary>
    public const int MaxRegionScore = 3;

    private readonly ImmutableArray<int> _values;

    /// <summary>Builds a score from 10 values in the documented region order.</summary>
    /// <exception cref="ScoreRangeException">A value outside 0..3; names the region.</exception>
    public CurieScore(IEnumerable<int> values)
    {
        var v = values.ToImmutableArray();
        if (v.Length != CurieRegions.Count)
            throw new ArgumentException($"a Curie score has {CurieRegions.Count} regions, got {v.Length}", nameof(values));
        for (var i = 0; i < v.Length; i++)
            if (v[i] is < 0 or > MaxRegionScore)
                throw new ScoreRangeException(CurieRegions.All[i], v[i], MaxRegionScore);
        _values = v;
    }

    /// <inheritdoc />
    public string System => "curie";

    /// <inheritdoc />
    public IReadOnlyList<string> Codes => CurieRegions.All;

    /// <inheritdoc />
    public IReadOnlyList<int> Values => _values;

    /// <inheritdoc />
    public int MaxPerSegment => MaxRegionScore;

    /// <summary>Total of all 10 regions, 0..30 (the Curie total includes the soft-tissue region).</summary>
    public int Total => _values.Sum();

    /// <inheritdoc />
    public int SkeletalSegments => CurieRegions.Count - 1;

    /// <summary>Total of the 9 skeletal regions only, 0..27.</summary>
    public int SkeletalTotal => _values.Take(CurieRegions.Count - 1).Sum();

    /// <inheritdoc />
    public int PositiveSegments => _values.Count(v => v > 0);

    /// <summary>
    /// Minimum count of discrete sites: 1 per region scored 1 and 2 per region scored 2
    /// ("more than one site"); regions scored 3 are diffuse and not counted.
    /// </summary>
    public int DiscreteLesions => _values.Where(v => v is 1 or 2).Sum();

    /// <summary>Regions scored 3 (diffuse).</summary>
    public int DiffuseSegments => _values.Count(v => v == MaxRegionScore);

    /// <inheritdoc />
    public bool Equals(CurieScore? other) => other is not null && _values.SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CurieScore);

    /// <inheritdoc />
    public override int GetHashCode() => _values.Aggregate(19, (h, v) => h * 5 + v);

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', _values);
}

using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Two weighted counts of inserted ranks 1..size — the rows at risk and the events — with O(log size) insert/remove and
/// "how much weight below / at / above rank r" (binary indexed trees, Fenwick 1994). <typeparamref name="T"/> is
/// <see cref="int"/> for unweighted data (every row counts 1) and <see cref="double"/> for case weights (R's
/// concordance sums weights the same way). Both trees and both per-rank counts are stored interleaved, four values per
/// rank: the concordance touches both trees at the same rank one after the other, and with a million distinct scores
/// the trees do not fit in cache, so this makes those accesses share cache lines.
/// </summary>
internal sealed class PairCountTrees<T>(int size) where T : struct, INumber<T>
{
    // [4r] at-risk tree node r, [4r + 1] at-risk count of rank r, [4r + 2] event tree node, [4r + 3] event count.
    private readonly T[] _nodes = new T[4 * (size + 1)];
    private T _atRisk;
    private T _events;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int tree, int rank, T by)
    {
        if (tree == PairCountTrees.AtRisk) _atRisk += by;
        else _events += by;
        var nodes = _nodes;
        nodes[4 * rank + tree + 1] += by;
        for (var i = rank; i <= size; i += i & -i) nodes[4 * i + tree] += by;
    }

    /// <summary>Takes out an earlier insertion of <paramref name="rank"/> with weight <paramref name="by"/>.</summary>
    public void Remove(int tree, int rank, T by) => Add(tree, rank, -by);

    /// <summary>Inserted weight below, at and above <paramref name="rank"/> in <paramref name="tree"/>, with one walk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (T Below, T At, T Above) Split(int tree, int rank)
    {
        var nodes = _nodes;
        var below = T.Zero;
        for (var i = rank - 1; i > 0; i -= i & -i) below += nodes[4 * i + tree];
        var at = nodes[4 * rank + tree + 1];
        return (below, at, (tree == PairCountTrees.AtRisk ? _atRisk : _events) - below - at);
    }
}

/// <summary>The names of the two trees of <see cref="PairCountTrees{T}"/>.</summary>
internal static class PairCountTrees
{
    /// <summary>The tree of the rows at risk.</summary>
    public const int AtRisk = 0;

    /// <summary>The tree of the events.</summary>
    public const int Events = 2;
}

using System.Runtime.CompilerServices;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Two counts of inserted ranks 1..size — the rows at risk and the events — with O(log size) insert/remove and "how
/// many below / at / above rank r" (binary indexed trees, Fenwick 1994). Both trees and both per-rank counts are stored
/// interleaved, four ints per rank: the concordance touches both trees at the same rank one after the other, and with a
/// million distinct scores the trees do not fit in cache, so this makes those accesses share cache lines.
/// </summary>
internal sealed class PairCountTrees(int size)
{
    // [4r] at-risk tree node r, [4r + 1] at-risk count of rank r, [4r + 2] event tree node, [4r + 3] event count.
    private readonly int[] _nodes = new int[4 * (size + 1)];
    private int _atRisk;
    private int _events;

    /// <summary>The tree of the rows at risk.</summary>
    public const int AtRisk = 0;

    /// <summary>The tree of the events.</summary>
    public const int Events = 2;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int tree, int rank, int by = 1)
    {
        if (tree == AtRisk) _atRisk += by;
        else _events += by;
        var nodes = _nodes;
        nodes[4 * rank + tree + 1] += by;
        for (var i = rank; i <= size; i += i & -i) nodes[4 * i + tree] += by;
    }

    /// <summary>Takes out one earlier insertion of <paramref name="rank"/>.</summary>
    public void Remove(int tree, int rank) => Add(tree, rank, -1);

    /// <summary>Inserted ranks below, at and above <paramref name="rank"/> in <paramref name="tree"/>, with one walk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Below, int At, int Above) Split(int tree, int rank)
    {
        var nodes = _nodes;
        var below = 0;
        for (var i = rank - 1; i > 0; i -= i & -i) below += nodes[4 * i + tree];
        var at = nodes[4 * rank + tree + 1];
        return (below, at, (tree == AtRisk ? _atRisk : _events) - below - at);
    }
}

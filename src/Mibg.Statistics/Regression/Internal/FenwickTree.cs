namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Counts of inserted ranks 1..size with O(log size) insert and "how many below / at / above rank r"
/// (a binary indexed tree, Fenwick 1994).
/// </summary>
internal sealed class FenwickTree(int size)
{
    private readonly int[] _tree = new int[size + 1];
    private readonly int[] _at = new int[size + 1];
    private int _count;

    public void Add(int rank)
    {
        _count++;
        _at[rank]++;
        for (var i = rank; i <= size; i += i & -i) _tree[i]++;
    }

    /// <summary>Takes out one earlier insertion of <paramref name="rank"/>.</summary>
    public void Remove(int rank)
    {
        _count--;
        _at[rank]--;
        for (var i = rank; i <= size; i += i & -i) _tree[i]--;
    }

    /// <summary>Inserted ranks strictly below <paramref name="rank"/>.</summary>
    public int Below(int rank)
    {
        var sum = 0;
        for (var i = rank - 1; i > 0; i -= i & -i) sum += _tree[i];
        return sum;
    }

    /// <summary>Inserted ranks equal to <paramref name="rank"/>.</summary>
    public int At(int rank) => _at[rank];

    /// <summary>Inserted ranks below, at and above <paramref name="rank"/>, with one tree walk.</summary>
    public (int Below, int At, int Above) Split(int rank)
    {
        var below = Below(rank);
        var at = _at[rank];
        return (below, at, _count - below - at);
    }
}

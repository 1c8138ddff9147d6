using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Tests.Internal;

/// <summary>
/// The radix sort behind every survival estimate's ordering against the definition: ascending keys, ties in input order
/// (R's <c>order()</c>), items moved with their keys — checked against LINQ's stable OrderBy on data with heavy ties,
/// negative and fractional values, −0 and +0, whole-day times, and ranges below and above the radix threshold.
/// </summary>
public sealed class KeyOrderTests
{
    public static TheoryData<int, int, string> Cases() => new()
    {
        { 10, 1, "days" }, { 511, 2, "days" }, { 512, 3, "days" }, { 5_000, 4, "days" }, { 100_000, 5, "days" },
        { 5_000, 6, "fractions" }, { 20_000, 7, "signed" }, { 3_000, 8, "one value" }, { 50_000, 9, "huge range" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Orders_as_a_stable_sort_does(int n, int seed, string kind)
    {
        var random = new Random(seed);
        var keys = new double[n];
        for (var i = 0; i < n; i++)
            keys[i] = kind switch
            {
                "days" => random.Next(0, 3650),
                "fractions" => Math.Round(random.NextDouble() * 10, 2),
                "signed" => random.Next(-50, 50) / 4.0 + (random.Next(10) == 0 ? -0.0 : 0.0),
                "one value" => 42,
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)),
            };
        var expected = Enumerable.Range(0, n).OrderBy(i => keys[i]).ToArray();
        var items = Enumerable.Range(0, n).ToArray();
        var sorted = (double[])keys.Clone();

        KeyOrder.Sort(sorted, items);

        Assert.Equal(expected, items);
        Assert.Equal(expected.Select(i => keys[i] == 0 ? 0.0 : keys[i]), sorted.Select(k => k == 0 ? 0.0 : k));
    }

    [Fact]
    public void Sorts_only_the_range_asked_for()
    {
        double[] keys = [9, 8, 7, .. Enumerable.Range(0, 1000).Select(i => (double)(1000 - i) % 37), 1, 0];
        var items = Enumerable.Range(0, keys.Length).ToArray();
        var expected = Enumerable.Range(3, 1000).OrderBy(i => keys[i]).ToArray();

        KeyOrder.Sort(keys, items, 3, 1000);

        Assert.Equal([0, 1, 2], items[..3]);
        Assert.Equal(expected, items[3..1003]);
        Assert.Equal([1003, 1004], items[1003..]);
    }
}

using BenchmarkDotNet.Attributes;
using Mibg.Statistics.CompetingRisks;

namespace Mibg.Bench.Statistics;

/// <summary>
/// The in-memory part of <c>mibg cuminc</c>: Aalen–Johansen curves of 2 causes × 3 groups with variances and Gray's
/// test per cause, on integer-day times with ties as bench/cuminc/make-data.R makes them (fixed seed).
/// </summary>
[MemoryDiagnoser]
public class CumulativeIncidenceBenchmarks
{
    private double[] _times = [];
    private int[] _status = [];
    private string[] _groups = [];

    [Params(100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        string[] labels = ["A", "B", "C"];
        _times = new double[N];
        _status = new int[N];
        _groups = new string[N];
        for (var i = 0; i < N; i++)
        {
            var g = random.Next(3);
            _groups[i] = labels[g];
            var t1 = -Math.Log(1 - random.NextDouble()) * 1500 / Math.Exp(0.4 * g);
            var t2 = -Math.Log(1 - random.NextDouble()) * 2500;
            var censor = 30 + random.NextDouble() * 3620;
            var first = Math.Min(Math.Min(t1, t2), censor);
            _times[i] = Math.Max(1, Math.Ceiling(first));
            _status[i] = censor <= Math.Min(t1, t2) ? 0 : t1 < t2 ? 1 : 2;
        }
    }

    [Benchmark]
    public object CurvesAndGrayTests() => CumulativeIncidence.Fit(_times, _status, _groups);
}

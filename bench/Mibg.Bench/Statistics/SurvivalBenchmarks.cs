using BenchmarkDotNet.Attributes;
using Mibg.Statistics.Survival;

namespace Mibg.Bench.Statistics;

/// <summary>
/// Kaplan–Meier and log-rank on in-memory data (no file reading): n subjects, integer-day times, 3 groups,
/// fixed seed. Run: <c>dotnet run -c Release --project bench/Mibg.Bench -- --filter '*SurvivalBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class SurvivalBenchmarks
{
    private double[] _times = [];
    private bool[] _events = [];
    private string[] _groups = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        string[] levels = ["A", "B", "C"];
        _times = new double[N];
        _events = new bool[N];
        _groups = new string[N];
        for (var i = 0; i < N; i++)
        {
            var g = random.Next(3);
            var eventTime = -Math.Log(1 - random.NextDouble()) * 900 / Math.Exp(0.5 * g);
            var censorTime = 30 + random.NextDouble() * 3620;
            _times[i] = Math.Max(1, Math.Ceiling(Math.Min(eventTime, censorTime)));
            _events[i] = eventTime <= censorTime;
            _groups[i] = levels[g];
        }
    }

    [Benchmark]
    public KaplanMeierResult KaplanMeierByGroup() => KaplanMeier.FitGroups(_times, _events, _groups);

    [Benchmark]
    public LogRankResult LogRankThreeGroups() => LogRank.Test(_times, _events, _groups);
}

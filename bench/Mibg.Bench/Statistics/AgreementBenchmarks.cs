using BenchmarkDotNet.Attributes;
using RaterAgreement = Mibg.Statistics.Agreement.Agreement;

namespace Mibg.Bench.Statistics;

/// <summary>ICC + kappa + Bland–Altman for two readers scoring n segments 0–6 (fixed seed).</summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    private double[][] _ratings = [];

    [Params(240, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var truth = Enumerable.Range(0, N).Select(_ => random.Next(7)).ToArray();
        double Jitter(int t) => Math.Clamp(t + random.Next(-1, 2), 0, 6);
        _ratings = [truth.Select(Jitter).ToArray(), truth.Select(Jitter).ToArray()];
    }

    [Benchmark]
    public object TwoReaders() => RaterAgreement.Compute(_ratings, [0, 1, 2, 3, 4, 5, 6]);
}

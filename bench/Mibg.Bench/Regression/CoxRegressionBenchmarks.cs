using BenchmarkDotNet.Attributes;
using Mibg.Statistics.Regression;

namespace Mibg.Bench.Regression;

/// <summary>
/// <c>CoxRegression.Fit</c> (Efron and Breslow; 4 numeric covariates + a 3-level factor, 30% censored, tied times)
/// from 10⁴ to 10⁷ rows: the time should grow near n log n (one sort, O(n) per iteration, O(n log n) concordance).
/// Run: <c>dotnet run -c Release --project bench/Mibg.Bench -- --filter '*CoxRegression*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CoxRegressionBenchmarks
{
    private CoxInput _input = null!;

    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _input = Simulate(Rows, seed: 42);

    [Benchmark]
    public CoxFit Efron() => CoxRegression.Fit(_input);

    [Benchmark]
    public CoxFit Breslow() => CoxRegression.Fit(_input, new CoxOptions { Ties = CoxTies.Breslow });

    /// <summary>The same survival model as bench/cox/make-data.py: exponential times rounded to 0.01 (so ties occur).</summary>
    internal static CoxInput Simulate(int n, int seed)
    {
        var random = new Random(seed);
        var time = new double[n];
        var status = new double[n];
        var x = Enumerable.Range(0, 4).Select(_ => new double[n]).ToArray();
        var group = new string?[n];
        string[] levels = ["low", "mid", "high"];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < 4; j++) x[j][i] = NextNormal(random);
            var g = random.Next(3);
            group[i] = levels[g];
            var eta = 0.5 * x[0][i] - 0.3 * x[1][i] + 0.2 * x[2][i] + 0 * x[3][i] + (g == 1 ? 0.4 : g == 2 ? 0.8 : 0);
            time[i] = Math.Round(-Math.Log(1 - random.NextDouble()) / Math.Exp(eta), 2) + 0.01;
            status[i] = random.NextDouble() < 0.7 ? 1 : 0;
        }
        return new CoxInput(time, status,
        [
            CoxCovariate.Numeric("x1", x[0]), CoxCovariate.Numeric("x2", x[1]), CoxCovariate.Numeric("x3", x[2]),
            CoxCovariate.Numeric("x4", x[3]), CoxCovariate.Factor("group", group),
        ]);
    }

    private static double NextNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

using BenchmarkDotNet.Attributes;
using Mibg.Statistics.Trial;

namespace Mibg.Bench.Trial;

/// <summary>
/// In-process cost of <c>mibg trial simulate</c>'s engine: 10,000 trials of 300 patients (HR 0.6, control median 2 years,
/// accrual 4, follow-up 3), event-driven at 121 events and at calendar time, on 1 thread and on all cores; and sizing.
/// Run: <c>dotnet run -c Release --project bench/Mibg.Bench -- --filter '*Trial*'</c>.
/// </summary>
[MemoryDiagnoser]
public class TrialBenchmarks
{
    private static readonly TrialDesign Design = new()
    {
        HazardRatio = 0.6, Power = 0.8, Alpha = 0.05, Control = ControlArm.FromMedian(2), AccrualYears = 4, FollowupYears = 3,
    };

    [Params(1, 2)]
    public int Threads { get; set; }

    [Benchmark]
    public SimulationResult SimulateCalendar() =>
        TrialSimulation.Run(new SimulationPlan { Design = Design, Subjects = 300, Events = null, Trials = 10_000, Seed = 1, Threads = Threads });

    [Benchmark]
    public SimulationResult SimulateEventDriven() =>
        TrialSimulation.Run(new SimulationPlan { Design = Design, Subjects = 300, Events = 121, Trials = 10_000, Seed = 1, Threads = Threads });

    [Benchmark]
    public TrialSizeResult Size() => TrialSize.Compute(Design);
}

using MathNet.Numerics.Distributions;

namespace Mibg.Statistics.Trial;

/// <summary>
/// Monte Carlo simulation of two-arm trials: uniform accrual over A years, exponential EFS (control hazard λ₂,
/// experimental HR·λ₂), exponential dropout, analysis at the planned event count (or at calendar time A + F), and a
/// two-sided log-rank test per trial. Trials run in parallel; trial i uses a random stream derived from (seed, i)
/// only, so the result is identical for any number of threads. R analogue: a loop of <c>survival::survdiff</c>.
/// </summary>
public static class TrialSimulation
{
    private const int BlockSize = 64;

    /// <summary>
    /// Runs <paramref name="plan"/>; <paramref name="progress"/> (if given) receives the number of trials finished since
    /// its previous report, from worker threads. Throws <see cref="TrialDesignException"/> for a bad plan.
    /// </summary>
    public static SimulationResult Run(SimulationPlan plan, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        var design = plan.Design;
        var rejected = new bool[plan.Trials];
        var events = new int[plan.Trials];
        var duration = new double[plan.Trials];
        var critical = Normal.InvCDF(0, 1, 1 - design.Alpha / 2);
        var blocks = (plan.Trials + BlockSize - 1) / BlockSize;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = plan.Threads ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, blocks, options, () => new Workspace(plan.Subjects), (block, _, workspace) =>
        {
            var end = Math.Min(plan.Trials, (block + 1) * BlockSize);
            for (var i = block * BlockSize; i < end; i++)
            {
                var outcome = SimulateOne(plan, i, critical, workspace);
                rejected[i] = outcome.Rejected;
                events[i] = outcome.Events;
                duration[i] = outcome.Duration;
            }
            progress?.Report(end - block * BlockSize);
            return workspace;
        }, _ => { });

        // Sums in trial order: the same numbers in the same order whatever the thread count.
        long significant = 0, eventSum = 0;
        double durationSum = 0;
        for (var i = 0; i < plan.Trials; i++)
        {
            if (rejected[i]) significant++;
            eventSum += events[i];
            durationSum += duration[i];
        }
        var power = (double)significant / plan.Trials;
        var analyticEvents = plan.Events ?? plan.Subjects * EventProbability.Overall(design);
        return new SimulationResult(
            plan.Trials,
            power,
            Math.Sqrt(power * (1 - power) / plan.Trials),
            plan.Subjects,
            plan.Events,
            (double)eventSum / plan.Trials,
            durationSum / plan.Trials,
            RequiredEvents.Power(design.Method, design.HazardRatio, design.Alpha, analyticEvents, design.Allocation));
    }

    private readonly record struct Outcome(bool Rejected, int Events, double Duration);

    private static Outcome SimulateOne(SimulationPlan plan, int trialIndex, double critical, Workspace w)
    {
        var design = plan.Design;
        var random = new TrialRandom(plan.Seed, trialIndex);
        var n = plan.Subjects;
        var experimental = plan.ExperimentalSubjects;
        var accrual = design.AccrualYears;
        var dropout = design.DropoutHazard;
        double lambdaExperimental = design.ExperimentalHazard, lambdaControl = design.ControlHazard;
        var eventCount = 0;
        var lastObservation = 0.0;
        for (var i = 0; i < n; i++)
        {
            var entry = accrual * random.NextOpenUnit();
            var eventTime = random.NextExponential(i < experimental ? lambdaExperimental : lambdaControl);
            var dropoutTime = dropout > 0 ? random.NextExponential(dropout) : double.PositiveInfinity;
            var isEvent = eventTime <= dropoutTime;
            var follow = isEvent ? eventTime : dropoutTime;
            w.Entry[i] = entry;
            w.Follow[i] = follow;
            w.IsEvent[i] = isEvent;
            if (isEvent) w.EventCalendar[eventCount++] = entry + follow;
            lastObservation = Math.Max(lastObservation, entry + follow);
        }

        double cutoff;
        if (plan.Events is { } planned)
        {
            if (eventCount >= planned)
            {
                var calendar = w.EventCalendar.AsSpan(0, eventCount);
                calendar.Sort();
                cutoff = calendar[planned - 1];
            }
            else
            {
                cutoff = lastObservation;
            }
        }
        else
        {
            cutoff = design.StudyYears;
        }

        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var entry = w.Entry[i];
            if (entry >= cutoff) continue;
            var follow = w.Follow[i];
            // Compare calendar times exactly as the cut-off was computed (entry + follow), so the planned event counts.
            var observed = entry + follow <= cutoff;
            w.Time[m] = observed ? follow : cutoff - entry;
            w.Code[m] = (byte)((observed && w.IsEvent[i] ? TwoGroupLogRank.EventBit : 0) | (i < experimental ? TwoGroupLogRank.Group1Bit : 0));
            m++;
        }
        var test = TwoGroupLogRank.Compute(w.Time.AsSpan(0, m), w.Code.AsSpan(0, m));
        return new Outcome(test.Z <= -critical, test.Events, cutoff);
    }

    /// <summary>Per-thread arrays, reused across the trials a worker runs.</summary>
    private sealed class Workspace(int subjects)
    {
        public double[] Entry { get; } = new double[subjects];
        public double[] Follow { get; } = new double[subjects];
        public bool[] IsEvent { get; } = new bool[subjects];
        public double[] EventCalendar { get; } = new double[subjects];
        public double[] Time { get; } = new double[subjects];
        public byte[] Code { get; } = new byte[subjects];
    }
}

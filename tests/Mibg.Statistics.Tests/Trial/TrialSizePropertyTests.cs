using Mibg.Statistics.Trial;

namespace Mibg.Statistics.Tests.Trial;

public sealed class TrialSizePropertyTests
{
    private static IEnumerable<TrialDesign> RandomDesigns(int seed, int count)
    {
        var r = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return new TrialDesign
            {
                HazardRatio = 0.3 + 0.65 * r.NextDouble(),
                Power = 0.6 + 0.39 * r.NextDouble(),
                Alpha = 0.005 + 0.2 * r.NextDouble(),
                Method = r.Next(2) == 0 ? SampleSizeMethod.Schoenfeld : SampleSizeMethod.Freedman,
                Allocation = 0.25 + 3.75 * r.NextDouble(),
                Control = r.Next(2) == 0 ? ControlArm.FromMedian(0.2 + 10 * r.NextDouble()) : ControlArm.FromSurvival(0.05 + 0.9 * r.NextDouble(), 0.5 + 5 * r.NextDouble()),
                AccrualYears = 0.1 + 8 * r.NextDouble(),
                FollowupYears = 6 * r.NextDouble(),
                Dropout = r.Next(3) == 0 ? 0 : 0.5 * r.NextDouble(),
            };
        }
    }

    /// <summary>Composite Simpson on [a, b] with n (even) intervals.</summary>
    private static double Simpson(Func<double, double> f, double a, double b, int n)
    {
        var h = (b - a) / n;
        var sum = f(a) + f(b);
        for (var i = 1; i < n; i++) sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        return sum * h / 3;
    }

    [Fact]
    public void Closed_form_event_probability_equals_numerical_integration()
    {
        // Definition (rpact:::.getEventProbabilities): P = (1/A) ∫_F^{A+F} λ/(λ+φ)(1 − e^{−(λ+φ)u}) du per arm,
        // integrated numerically here (Simpson, 2000 intervals) for 300 random designs (seed 2024).
        foreach (var d in RandomDesigns(2024, 300))
        {
            double Arm(double lambda) => Simpson(u => lambda / (lambda + d.DropoutHazard) * (1 - Math.Exp(-(lambda + d.DropoutHazard) * u)),
                d.FollowupYears, d.StudyYears, 2000) / d.AccrualYears;
            var expected = (d.Allocation * Arm(d.ExperimentalHazard) + Arm(d.ControlHazard)) / (1 + d.Allocation);
            var actual = EventProbability.Overall(d);
            Assert.True(Math.Abs(actual - expected) <= 1e-9 * expected, $"{d}: {actual:R} vs {expected:R}");
        }
    }

    [Fact]
    public void More_follow_up_or_less_dropout_never_needs_more_patients_and_never_changes_events()
    {
        foreach (var d in RandomDesigns(7, 300))
        {
            var size = TrialSize.Compute(d);
            var longer = TrialSize.Compute(d with { FollowupYears = d.FollowupYears + 1 });
            var noDropout = TrialSize.Compute(d with { Dropout = 0 });
            Assert.Equal(size.Events, longer.Events);
            Assert.True(longer.Subjects < size.Subjects, d.ToString());
            Assert.True(noDropout.Subjects <= size.Subjects, d.ToString());
            Assert.InRange(size.ProbabilityOfEvent, 0, 1);
            Assert.True(size.Subjects >= size.Events);
        }
    }

    [Fact]
    public void Freedman_needs_at_least_as_many_events_as_Schoenfeld_at_equal_allocation()
    {
        // Known relation at k = 1: (1 + HR)²/(1 − HR)² ≥ 4/(ln HR)² for 0 < HR < 1.
        foreach (var d in RandomDesigns(11, 300))
        {
            var schoenfeld = RequiredEvents.Compute(SampleSizeMethod.Schoenfeld, d.HazardRatio, d.Alpha, d.Power, 1);
            var freedman = RequiredEvents.Compute(SampleSizeMethod.Freedman, d.HazardRatio, d.Alpha, d.Power, 1);
            Assert.True(freedman >= schoenfeld, d.ToString());
        }
    }
}

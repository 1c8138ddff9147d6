using Mibg.Statistics.Trial;

namespace Mibg.Statistics.Tests.Trial;

public sealed class TrialSizeTests
{
    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < TrialReference.All().Count; i++) data.Add(i);
        return data;
    }

    private static void AssertRelative(double expected, double actual, double tolerance, string what)
    {
        var relative = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(relative <= tolerance, $"{what}: ours {actual:R} vs R {expected:R} (relative difference {relative:E2})");
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Events_subjects_and_probability_of_event_agree_with_rpact(int index)
    {
        // Expected: rpact 3.3.4 getSampleSizeSurvival eventsFixed, nFixed, omega (trial-size.json from make-goldens.R;
        // trial-size-rpact.json from tests/Mibg.Statistics.Tests/Reference/trial-size-rpact.R). rpact integrates the event
        // probability numerically (integrate()); the closed form here agrees far inside the contract's 1e-4.
        var c = TrialReference.All()[index];
        var size = TrialSize.Compute(c.Design);
        AssertRelative(c.Events, size.Events, 1e-9, c.Label + " events");
        AssertRelative(c.Subjects, size.Subjects, 1e-6, c.Label + " subjects");
        if (c.ProbabilityOfEvent is { } p) AssertRelative(p, size.ProbabilityOfEvent, 1e-6, c.Label + " probability of event");
        Assert.Equal((int)Math.Ceiling(c.Events), size.EventsRequired);
        Assert.Equal((int)Math.Ceiling(c.Subjects), size.SubjectsRequired);
    }

    [Fact]
    public void Reference_set_covers_the_required_variants()
    {
        var all = TrialReference.All();
        Assert.True(all.Count >= 15);
        Assert.Contains(all, c => c.Design.Method == SampleSizeMethod.Freedman);
        Assert.Contains(all, c => c.Design.Allocation == 2);
        Assert.Contains(all, c => c.Design.Dropout > 0);
        Assert.Contains(all, c => c.Design.Control.Description.Contains("-year EFS", StringComparison.Ordinal));
    }

    [Theory]
    // design/domain.md: HR 0.6, 80% power, two-sided α 0.05 → 121 events (Schoenfeld) vs 126 (Freedman).
    // Hand calculation: z = 1.959964 + 0.841621 = 2.801585; z² = 7.848879;
    // Schoenfeld 7.848879 × 4 / (ln 0.6)² = 31.395516 / 0.260943 = 120.3157; Freedman 7.848879 × 1.6² / 0.4² = 125.5821.
    [InlineData(SampleSizeMethod.Schoenfeld, 120.3157, 121)]
    [InlineData(SampleSizeMethod.Freedman, 125.5821, 126)]
    public void Published_example_by_hand(SampleSizeMethod method, double events, int required)
    {
        var d = RequiredEvents.Compute(method, 0.6, 0.05, 0.8, 1);
        Assert.Equal(events, d, 4);
        Assert.Equal(required, TrialSize.RoundUp(d));
    }

    [Fact]
    public void Event_probability_without_dropout_matches_the_hand_formula()
    {
        // Hand calculation (Lachin–Foulkes, no dropout): λ = ln2/2 = 0.3465736, A = 4, F = 3:
        // P = 1 − (e^{−3λ} − e^{−7λ}) / (4λ) = 1 − (2^{−1.5} − 2^{−3.5}) / (2 ln 2) = 1 − 0.2651650 / 1.3862944 = 0.8087238.
        Assert.Equal(0.8087238, EventProbability.InArm(Math.Log(2) / 2, 0, 4, 3), 6);
    }

    [Fact]
    public void Analytic_power_inverts_the_events_formula()
    {
        // At the unrounded Schoenfeld/Freedman events the first term Φ(μ − z) is exactly the planned power; the second
        // term Φ(−μ − z) is below 1e-6 here.
        foreach (var method in new[] { SampleSizeMethod.Schoenfeld, SampleSizeMethod.Freedman })
        {
            var d = RequiredEvents.Compute(method, 0.65, 0.05, 0.85, 2);
            Assert.Equal(0.85, RequiredEvents.Power(method, 0.65, 0.05, d, 2), 5);
        }
    }

    public static TheoryData<string, Func<TrialDesign, TrialDesign>> BadDesigns() => new()
    {
        { "hr", d => d with { HazardRatio = 1 } },
        { "hr", d => d with { HazardRatio = 1.3 } },
        { "hr", d => d with { HazardRatio = 0 } },
        { "hr", d => d with { HazardRatio = -0.5 } },
        { "hr", d => d with { HazardRatio = double.NaN } },
        { "power", d => d with { Power = 0.05 } },
        { "power", d => d with { Power = 0.01 } },
        { "power", d => d with { Power = 1 } },
        { "alpha", d => d with { Alpha = 0 } },
        { "alpha", d => d with { Alpha = 1 } },
        { "alpha", d => d with { Alpha = -0.05 } },
        { "allocation", d => d with { Allocation = 0 } },
        { "allocation", d => d with { Allocation = -1 } },
        { "accrual-years", d => d with { AccrualYears = -1 } },
        { "accrual-years", d => d with { AccrualYears = 0 } },
        { "followup-years", d => d with { FollowupYears = -0.5 } },
        { "dropout", d => d with { Dropout = 1 } },
        { "dropout", d => d with { Dropout = -0.1 } },
    };

    [Theory]
    [MemberData(nameof(BadDesigns))]
    public void Bad_assumptions_are_refused_naming_the_option(string parameter, Func<TrialDesign, TrialDesign> spoil)
    {
        var good = new TrialDesign { HazardRatio = 0.6, Power = 0.8, Alpha = 0.05, Control = ControlArm.FromMedian(2), AccrualYears = 4, FollowupYears = 3 };
        _ = TrialSize.Compute(good);
        var e = Assert.Throws<TrialDesignException>(() => TrialSize.Compute(spoil(good)));
        Assert.Equal(parameter, e.Parameter);
    }

    [Theory]
    [InlineData(0, 3, "control-survival")]
    [InlineData(1, 3, "control-survival")]
    [InlineData(1.2, 3, "control-survival")]
    [InlineData(0.4, 0, "at")]
    [InlineData(0.4, -2, "at")]
    public void Bad_control_survival_is_refused(double survival, double at, string parameter)
    {
        var e = Assert.Throws<TrialDesignException>(() => ControlArm.FromSurvival(survival, at));
        Assert.Equal(parameter, e.Parameter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Bad_control_median_is_refused(double median) =>
        Assert.Equal("control-median", Assert.Throws<TrialDesignException>(() => ControlArm.FromMedian(median)).Parameter);

    [Fact]
    public void Feasibility_by_hand()
    {
        // Hand calculation: 167 patients, 1.2 eligible per centre-year, 10 centres, 75% consent → 9 per year, 18.56 years.
        var a = TrialFeasibility.Accrual(167, 1.2, 10, 0.75);
        Assert.Equal(9, a.PatientsPerYear, 12);
        Assert.Equal(167 / 9.0, a.AccrualYears, 12);
        Assert.Equal("centers", Assert.Throws<TrialDesignException>(() => TrialFeasibility.Accrual(167, 1.2, 0)).Parameter);
        Assert.Equal("consent", Assert.Throws<TrialDesignException>(() => TrialFeasibility.Accrual(167, 1.2, 3, 1.5)).Parameter);
    }

    [Fact]
    public void Self_consistent_accrual_enrols_exactly_the_required_patients()
    {
        // Property of the definition: at the returned A, rate × A equals the subjects rpact's formula needs with accrual A.
        var design = new TrialDesign { HazardRatio = 0.6, Power = 0.8, Alpha = 0.05, Control = ControlArm.FromSurvival(0.4, 3), AccrualYears = 1, FollowupYears = 2 };
        var years = TrialFeasibility.SelfConsistentAccrualYears(design, 30)!.Value;
        Assert.Equal(30 * years, TrialSize.Compute(design with { AccrualYears = years }).Subjects, 6);
    }
}

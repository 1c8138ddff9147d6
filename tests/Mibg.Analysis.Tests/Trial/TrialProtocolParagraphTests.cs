using Mibg.Analysis.Trial;
using Mibg.Statistics.Trial;

namespace Mibg.Analysis.Tests.Trial;

public sealed class TrialProtocolParagraphTests
{
    private static readonly TrialProtocolInputs Inputs = new()
    {
        HazardRatio = 0.6, Power = 0.8, Alpha = 0.05, ControlMedianYears = 2, AccrualYears = 4, FollowupYears = 3,
        OligoSkeletalIncidence = 0.15, OligoSkeletalPatients = 12, EvaluablePatients = 80,
        StageMPatientsPerCenterYear = 6, ConsentRate = 0.8, SimulatedTrials = 4000, Seed = 9,
    };

    [Fact]
    public void Numbers_match_rpact_and_hand_calculation()
    {
        var section = TrialProtocolParagraph.Build(Inputs);
        // rpact getSampleSizeSurvival (../shared/reference/trial-size.json case 1): eventsFixed 120.3157 → 121, nFixed 166.5396 → 167.
        Assert.Equal(121, section.Size.EventsRequired);
        Assert.Equal(167, section.Size.SubjectsRequired);
        // Hand calculation: 6 stage M per centre-year × 0.15 = 0.9 eligible; × 0.8 consent = 0.72 enrolled per centre-year.
        Assert.Equal(0.9, section.EligiblePerCenterYear, 12);
        Assert.Equal([1, 5, 10, 20], section.Accrual.Select(a => a.Centers));
        // 167 / 0.72 = 231.94; / 3.6 = 46.39; / 7.2 = 23.19; / 14.4 = 11.60 years.
        Assert.Equal([231.94, 46.39, 23.19, 11.60], section.Accrual.Select(a => Math.Round(a.AccrualYears, 2)));
        // Within the planned 4 years: 167 / (0.72 × 4) = 57.99 → 58 centres.
        Assert.Equal(58, section.CentersForPlannedAccrual);
        // Simulated power: Schoenfeld analytic 0.8022 at 121 events; 4000 trials, within 3 Monte Carlo SE.
        Assert.Equal(0.8022, section.Simulation.AnalyticPower, 4);
        Assert.True(Math.Abs(section.Simulation.Power - 0.8022) <= 3 * section.Simulation.PowerSe, $"simulated {section.Simulation.Power}");
    }

    [Fact]
    public void Paragraph_states_the_numbers_a_protocol_needs()
    {
        var text = TrialProtocolParagraph.Build(Inputs).Paragraph;
        Assert.Contains("two-sided log-rank test at α = 0.05", text, StringComparison.Ordinal);
        Assert.Contains("median EFS of 2 years in the control arm", text, StringComparison.Ordinal);
        Assert.Contains("hazard ratio of 0.6", text, StringComparison.Ordinal);
        Assert.Contains("121 events are needed for 80% power (Schoenfeld method, 1:1", text, StringComparison.Ordinal);
        Assert.Contains("167 patients are to be randomised", text, StringComparison.Ordinal);
        Assert.Contains("at the 121st event", text, StringComparison.Ordinal);
        Assert.Contains("12 of 80 stage M patients (15%)", text, StringComparison.Ordinal);
        Assert.Contains("231.9 years with 1 centre, 46.4 years with 5 centres, 23.2 years with 10 centres and 11.6 years with 20 centres", text, StringComparison.Ordinal);
        Assert.Contains("at least 58 centres", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",5", text.Replace(", 5", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_given_by_survival_and_dropout_appear_in_the_text()
    {
        // rpact getSampleSizeSurvival(hazardRatio = 0.6, pi2 = 0.6, eventTime = 3, accrualTime = c(0, 4), followUpTime = 3) → nFixed 176.93 → 177.
        var section = TrialProtocolParagraph.Build(Inputs with { ControlMedianYears = null, ControlSurvival = 0.4, ControlSurvivalAtYears = 3, SimulatedTrials = 200 });
        Assert.Equal(177, section.Size.SubjectsRequired);
        Assert.Contains("3-year EFS of 40% in the control arm", section.Paragraph, StringComparison.Ordinal);
        // Experimental 3-year EFS = 0.4^0.6 = 0.5772 → 57.7%.
        Assert.Contains("3-year EFS 57.7%", section.Paragraph, StringComparison.Ordinal);
        var withDropout = TrialProtocolParagraph.Build(Inputs with { Dropout = 0.1, SimulatedTrials = 200 });
        // rpact (trial-size.json case 4): nFixed 201.98 → 202.
        Assert.Equal(202, withDropout.Size.SubjectsRequired);
        Assert.Contains("10% dropout per year in each arm", withDropout.Paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oligo-incidence")]
    [InlineData("stage-m-per-center-year")]
    [InlineData("hr")]
    [InlineData("control-median")]
    public void Bad_inputs_are_refused_naming_the_value(string parameter)
    {
        var bad = parameter switch
        {
            "oligo-incidence" => Inputs with { OligoSkeletalIncidence = 0 },
            "stage-m-per-center-year" => Inputs with { StageMPatientsPerCenterYear = -1 },
            "hr" => Inputs with { HazardRatio = 1.1 },
            _ => Inputs with { ControlSurvival = 0.4 },
        };
        Assert.Equal(parameter, Assert.Throws<TrialDesignException>(() => TrialProtocolParagraph.Build(bad)).Parameter);
    }
}

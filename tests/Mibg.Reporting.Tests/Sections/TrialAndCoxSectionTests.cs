using Mibg.Core.Plan;
using Mibg.Analysis.Results;
using Mibg.Statistics.Regression;
using Mibg.Reporting.Document;
using Mibg.Reporting.Sections;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests.Sections;

public class TrialAndCoxSectionTests
{
    // Hand-made trial numbers (shapes of rpact::getSampleSizeSurvival output); the report prints, it does not compute.
    private static readonly TrialSummary Trial = new()
    {
        Method = TrialSizingMethod.Schoenfeld, HazardRatio = 0.6, Power = 0.8, Alpha = 0.05, AccrualYears = 5, FollowupYears = 3,
        ControlMedianYears = 2.8, ControlMedianSource = "persistent cohort's landmark EFS median",
        Events = 120.4, Subjects = 161.2, EventsRequired = 121, SubjectsRequired = 162,
        OligoShare = 0.0875, StageMPerCenterYear = 10, ConsentRate = 0.8, EligiblePerCenterYear = 0.7,
        Feasibility = [new(1, 0.7, 231.4), new(5, 3.5, 46.3), new(10, 7, 23.1), new(20, 14, 11.6)],
        SimulatedPower = 0.803, SimulatedPowerSe = 0.0126, SimulationTrials = 1000,
        Protocol = "The primary endpoint is event-free survival from randomisation.",
    };

    private static readonly CoxModelSummary Cox = new()
    {
        Endpoint = SurvivalEndpoint.Efs, Origin = TimeOrigin.PostHdcScan, Ties = CoxTieMethod.Efron, Covariates = ["persistent", "mycn_amplified"], N = 48, Events = 17, Dropped = 0,
        LrTest = new(6.1, 2, 0.047), Concordance = new(0.68, 0.05),
        Coefficients = [new("persistent", 1.2, 3.32, 0.5, 2.4, 0.0164, 1.25, 8.85), new("mycn_amplified", 0.1, 1.105, 0.5, 0.2, 0.84, 0.41, 2.94)],
        Notes = ["diagnosis_siopen_above_3 dropped: no variation."],
    };

    private static IReadOnlyList<string> Texts(StudyResults results)
    {
        var doc = StudyReportDocument.Build(results);
        return doc.Blocks.SelectMany(b => b switch
        {
            ParagraphBlock p => [p.Text],
            TableBlock t => t.Table.Rows.SelectMany(r => r).Append(t.Table.Note),
            _ => Array.Empty<string>(),
        }).ToList();
    }

    [Fact]
    public void Trial_section_states_events_subjects_accrual_and_simulated_power()
    {
        var texts = Texts(FixtureStudy.Results with { Trial = Trial });
        var paragraph = Assert.Single(texts, t => t.StartsWith("A randomised trial", StringComparison.Ordinal));
        Assert.Contains("hazard ratio of 0.6", paragraph);
        Assert.Contains("needs 121 events and 162 patients", paragraph);
        Assert.Contains("8.8% of the stage M patients at diagnosis", paragraph); // 0.0875 → 8.8 % (one decimal)
        Assert.Contains("Simulated power of the sized trial: 80.3%", paragraph);
        Assert.Contains("11.6", texts); // 20 centres: years to accrue
        Assert.Contains("The primary endpoint is event-free survival from randomisation.", texts);
    }

    [Fact]
    public void Methods_say_whether_a_trial_was_sized()
    {
        // Sized: the formula named in words, not the plan code. Not sized: the methods say so and why (the trial note), never
        // "the trial was sized" (review R3).
        var sized = Assert.Single(Texts(FixtureStudy.Results with { Trial = Trial }), t => t.StartsWith("Patients were eligible", StringComparison.Ordinal));
        Assert.Contains("The trial was sized for", sized);
        Assert.Contains("(Schoenfeld's formula)", sized);
        var none = Assert.Single(Texts(FixtureStudy.Results with { Trial = null, TrialNote = "the implied hazard ratio is 1.00" }),
            t => t.StartsWith("Patients were eligible", StringComparison.Ordinal));
        Assert.Contains("No trial was sized (the implied hazard ratio is 1.00).", none);
        Assert.DoesNotContain("The trial was sized", none);
    }

    [Fact]
    public void Cox_table_prints_hazard_ratios_with_their_intervals_and_notes()
    {
        var texts = Texts(FixtureStudy.Results with { Cox = [Cox] });
        Assert.Contains("3.32 (1.25–8.85)", texts);
        Assert.Contains("0.0164", texts);
        var note = Assert.Single(texts, t => t.Contains("diagnosis_siopen_above_3 dropped: no variation.", StringComparison.Ordinal));
        Assert.Contains("EFS: likelihood-ratio χ² = 6.10 on 2 df, p = 0.047, concordance 0.680, efron ties.", note);
    }

    [Fact]
    public void Without_trial_cox_or_agreement_the_report_still_writes()
    {
        var bare = FixtureStudy.Results with { Trial = null, Cox = [], Agreement = null, Published = [] };
        var dir = Path.Combine(Gallery.Directory, "bare-report");
        var files = StudyReport.Write(bare, dir, new StudyReportOptions { Png = false });
        Assert.True(File.Exists(files.Pdf));
        Assert.False(File.Exists(Path.Combine(dir, "figures", "bland-altman-total.svg")));
        Assert.DoesNotContain("id=\"agreement\"", File.ReadAllText(files.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sized_trial_the_section_still_gives_the_centre_s_observed_accrual()
    {
        // 3 trial-eligible patients diagnosed 2000-01-01..2020-12-31 (the default period: 7,671 days = 21.0 years):
        // 3 / 21.0 = 0.14 per year; 100 patients take 100 / 0.1428 = 700 centre-years.
        var r = FixtureStudy.Results with
        {
            Trial = null,
            TrialNote = "the counterfactual implies an EFS hazard ratio of 1.00",
            TrialEligibility = new TrialEligibility(["P1", "P2", "P3", "P4"], ["P4"], ["P1", "P2", "P3"], 48),
        };
        var text = string.Join("\n", Texts(r));
        Assert.Contains("No trial was sized: the counterfactual implies an EFS hazard ratio of 1.00.", text);
        Assert.Contains("3 patient(s) of this study could have entered such a trial", text);
        Assert.Contains("(21.0 years): 0.14 per year at this centre", text);
        Assert.Contains("would take 700 centre-years", text);
    }
}

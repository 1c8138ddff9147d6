using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// Local control of persistent sites on a study small enough to check on paper (docs/analysis.md "Local control of
/// persistent sites"). Standard dates of <see cref="HandStudy"/>: post-HDC scan 2010-08-15, end of treatment 2011-03-01,
/// last contact 2018-01-01; years are days ÷ 365.25; the irradiation window is the default 180 days.
///
/// The table by hand (patient, segment: irradiated, failed, outcome, years):
///   L01 skull          no  yes local_failure  382/365.25  (relapse 2011-09-01, progression scan skull only)
///   L01 spine          yes no  competing      382/365.25  (spine irradiated 2010-09-01; the relapse is elsewhere)
///   L02 pelvis         yes yes local_failure  549/365.25  (in-field failure: irradiated 2010-10-01, relapse there 2012-02-15)
///   L03 thoracic_cage  no  no  censored      2696/365.25  (course 2011-06-01 is 290 days after the scan: outside the window)
///   L04 spine          yes no  competing      990/365.25  (death 2013-05-01 without relapse)
///   L05 skull, spine   no  no  competing      153/365.25  (relapse 2011-01-15 in the bone marrow only: sites known, none skeletal)
///   L06 spine          no  yes local_failure  148/365.25  (course 2011-01-20 comes after the relapse of 2011-01-10: treatment of failure)
///   L07 pelvis         yes no  censored       259/365.25  (relapse 2011-05-01 with no progression scan and no sites: fate unknown)
///   L08: cleared after HDC (post-HDC scan 0): no site, although irradiated.
/// </summary>
public class LocalControlHandStudyTests
{
    private static readonly DateOnly ScanLater = new(2018, 1, 1);

    public static StudyData Study()
    {
        var h = new HandStudy();
        h.Patient("L01", p => p with { AgeAtDiagnosisDays = 500, Chr11q = ChromosomeArmStatus.Loss, LdhUPerL = 1200 }).Scan("L01", "L01-dx", DxScanDate, Seg(("skull", 2), ("spine", 3))).Scan("L01", "L01-hdc", PostHdcDate, Seg(("skull", 1), ("spine", 2)))
            .Scan("L01", "L01-prog", new DateOnly(2011, 8, 29), Seg(("skull", 2))).Event("L01", new DateOnly(2011, 9, 1), EventType.Relapse, "skull");
        h.Patient("L02").Scan("L02", "L02-dx", DxScanDate, Seg(("pelvis", 3))).Scan("L02", "L02-hdc", PostHdcDate, Seg(("pelvis", 1)))
            .Scan("L02", "L02-prog", new DateOnly(2012, 2, 14), Seg(("pelvis", 3), ("skull", 1))).Event("L02", new DateOnly(2012, 2, 15), EventType.Relapse, "pelvis", "skull");
        h.Patient("L03").Scan("L03", "L03-dx", DxScanDate, Seg(("thoracic_cage", 2))).Scan("L03", "L03-hdc", PostHdcDate, Seg(("thoracic_cage", 1)));
        h.Patient("L04", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2013, 5, 1), LastContactDate = new DateOnly(2013, 5, 1) })
            .Scan("L04", "L04-dx", DxScanDate, Seg(("spine", 4))).Scan("L04", "L04-hdc", PostHdcDate, Seg(("spine", 1)))
            .Event("L04", new DateOnly(2013, 5, 1), EventType.Death);
        h.Patient("L05").Scan("L05", "L05-dx", DxScanDate, Seg(("skull", 2), ("spine", 2))).Scan("L05", "L05-hdc", PostHdcDate, Seg(("skull", 1), ("spine", 1)))
            .Event("L05", new DateOnly(2011, 1, 15), EventType.Progression, "bone_marrow");
        h.Patient("L06").Scan("L06", "L06-dx", DxScanDate, Seg(("spine", 4))).Scan("L06", "L06-hdc", PostHdcDate, Seg(("spine", 2)))
            .Scan("L06", "L06-prog", new DateOnly(2011, 1, 8), Seg(("spine", 3))).Event("L06", new DateOnly(2011, 1, 10), EventType.Progression, "spine");
        h.Patient("L07").Scan("L07", "L07-dx", DxScanDate, Seg(("pelvis", 2))).Scan("L07", "L07-hdc", PostHdcDate, Seg(("pelvis", 1)))
            .Event("L07", new DateOnly(2011, 5, 1), EventType.Relapse);
        h.Patient("L08").Scan("L08", "L08-dx", DxScanDate, Seg(("spine", 2))).Scan("L08", "L08-hdc", PostHdcDate, Zero);
        RadiotherapyCourse Rt(string id, DateOnly start, params string[] sites) => new()
        {
            PatientId = id, StartDate = start, EndDate = start.AddDays(16), Target = RadiotherapyTarget.Metastasis, Sites = sites, DoseGy = 21.6, Fractions = 12,
        };
        return h.Build() with
        {
            Radiotherapy =
            [
                Rt("L01", new DateOnly(2010, 9, 1), "spine"),
                Rt("L02", new DateOnly(2010, 10, 1), "pelvis"),
                Rt("L03", new DateOnly(2011, 6, 1), "thoracic_cage"),
                Rt("L04", new DateOnly(2010, 9, 10), "spine"),
                Rt("L06", new DateOnly(2011, 1, 20), "spine"),
                Rt("L07", new DateOnly(2010, 9, 5), "pelvis"),
                Rt("L08", new DateOnly(2010, 9, 5), "spine"),
                // a primary course covers no skeletal segment
                new RadiotherapyCourse { PatientId = "L05", StartDate = new DateOnly(2010, 9, 1), Target = RadiotherapyTarget.Primary, DoseGy = 21.6, Fractions = 12 },
            ],
        };
    }

    private static readonly StudyResults R = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null });

    private static double Y(int days) => days / 365.25;

    [Fact]
    public void The_site_table_is_the_one_worked_by_hand()
    {
        var expected = new (string, string, bool, bool, SiteOutcome, double)[]
        {
            ("L01", "skull", false, true, SiteOutcome.LocalFailure, Y(382)),
            ("L01", "spine", true, false, SiteOutcome.Competing, Y(382)),
            ("L02", "pelvis", true, true, SiteOutcome.LocalFailure, Y(549)),
            ("L03", "thoracic_cage", false, false, SiteOutcome.Censored, Y(2696)),
            ("L04", "spine", true, false, SiteOutcome.Competing, Y(990)),
            ("L05", "skull", false, false, SiteOutcome.Competing, Y(153)),
            ("L05", "spine", false, false, SiteOutcome.Competing, Y(153)),
            ("L06", "spine", false, true, SiteOutcome.LocalFailure, Y(148)),
            ("L07", "pelvis", true, false, SiteOutcome.Censored, Y(259)),
        };
        var sites = R.LocalControl!.Sites;
        Assert.Equal(expected.Length, sites.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (id, seg, irr, failed, outcome, years) = expected[i];
            Assert.Equal((id, seg, irr, failed, outcome), (sites[i].PatientId, sites[i].Segment, sites[i].Irradiated, sites[i].Failed, sites[i].Outcome));
            Assert.Equal(years, sites[i].TimeYears, 12);
        }
    }

    [Fact]
    public void Arms_count_sites_patients_and_outcomes()
    {
        var inc = R.LocalControl!.Incidence!;
        // irradiated: L01 spine, L02 pelvis, L04 spine, L07 pelvis — 1 failure (L02), 2 competing, 1 censored
        // not irradiated: L01 skull, L03 thoracic cage, L05 skull + spine, L06 spine — 2 failures, 2 competing, 1 censored
        Assert.Equal([new LocalControlArm("irradiated", 4, 4, 1, 2, 1), new LocalControlArm("not_irradiated", 5, 4, 2, 2, 1)], inc.Arms);
    }

    [Fact]
    public void Cumulative_incidence_of_local_failure_by_hand()
    {
        // Irradiated, times 259 (censored), 382 (competing), 549 (failure), 990 (competing):
        //   at 382 days n = 3, S drops to 2/3; at 549 days n = 2, F += 2/3 × 1/2 → F = 1/3; no site followed to 5 years → NA.
        // Not irradiated, 148 (failure), 153 × 2 (competing), 382 (failure), 2696 (censored):
        //   at 148 F = 1/5, S = 4/5; at 153 n = 4, S = 4/5 × 2/4 = 2/5; at 382 n = 2, F += 2/5 × 1/2 → F = 2/5, flat to 7.4 y.
        var at = R.LocalControl!.Incidence!.AtTimes;
        Assert.Equal([2.0, 5.0], at.Select(a => a.Time));
        Assert.Equal(1.0 / 3, at[0].Irradiated!.Value, 12);
        Assert.Equal(0.4, at[0].NotIrradiated!.Value, 12);
        Assert.Equal(1.0 / 3 - 0.4, at[0].Difference!.Value, 12);
        Assert.Null(at[1].Irradiated);
        Assert.Equal(0.4, at[1].NotIrradiated!.Value, 12);
        Assert.Null(at[1].Difference);
        // the curve of the irradiated arm jumps once, to 1/3 at 549 days
        var curve = R.LocalControl.Incidence.Curves.Single(c => c.Arm == "irradiated");
        Assert.Equal(1.0 / 3, curve.Steps[^1].Estimate, 12);
    }

    [Fact]
    public void The_bootstrap_resamples_patients_and_brackets_the_estimate()
    {
        var at2 = R.LocalControl!.Incidence!.AtTimes[0];
        // A resample is usable at 2 years only when both arms are followed that long: in the irradiated arm only L04
        // (2.71 y) is, in the other only L03 (7.38 y). Each is left out of a resample of the 7 patients with sites with probability
        // (6/7)^7 ≈ 0.340, so both are in about (1 − 0.340)² ≈ 0.44 of the resamples: about 870 of 2000.
        Assert.InRange(at2.BootstrapResamplesUsed, 760, 960);
        Assert.InRange(at2.Difference!.Value, at2.DifferenceLower!.Value, at2.DifferenceUpper!.Value);
        Assert.InRange(at2.Irradiated!.Value, at2.IrradiatedLower!.Value, at2.IrradiatedUpper!.Value);
        // the same seed gives the same interval (reproducible analysis)
        var again = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null }).LocalControl!.Incidence!.AtTimes[0];
        Assert.Equal(at2, again);
        Assert.Contains("cluster", R.LocalControl.Incidence.Dependence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wider_window_makes_the_late_course_count()
    {
        // With a 365-day window, L03's course 290 days after the post-HDC scan counts: its thoracic cage is irradiated.
        var plan = AnalysisPlan.Default with { Published = null, Radiotherapy = new RadiotherapySettings { IrradiationWindowDays = 365 } };
        var site = StudyAnalysis.Run(Study(), plan).LocalControl!.Sites.Single(s => s.PatientId == "L03");
        Assert.True(site.Irradiated);
        Assert.Equal(new DateOnly(2011, 6, 1), site.Course);
    }

    [Fact]
    public void Trial_eligibility_is_counted_from_the_data()
    {
        // Every persistent patient here has 1–2 segments scored 1–2 with ≤ 3 discrete lesions: all seven are oligo
        // (default definition). L01, L02, L04 and L07 had a persistent site irradiated within the window; L03 (course
        // outside the window), L05 and L06 (course after the relapse) were not: they are the trial's population.
        var t = R.TrialEligibility!;
        Assert.Equal(["L01", "L02", "L03", "L04", "L05", "L06", "L07"], t.Oligo);
        Assert.Equal(["L01", "L02", "L04", "L07"], t.AlreadyIrradiated);
        Assert.Equal(["L03", "L05", "L06"], t.Eligible);
        Assert.Equal(8, t.Of);
    }

    [Fact]
    public void Table_1_has_the_biology_rows_and_the_18_month_cut_off()
    {
        // L01 was 500 days old at diagnosis (< 547 days = 18 months), the others 1000 days; only L01 has 11q recorded.
        var young = R.Table1.Single(r => r.Characteristic == "Age < 18 months at diagnosis" && r.Level == "yes");
        Assert.Equal(["L01"], young.Cells[0].Patients);
        var loss = R.Table1.Single(r => r.Characteristic == "Chromosome 11q" && r.Level == "loss");
        Assert.Equal(["L01"], loss.Cells[0].Patients);
        Assert.Contains(R.Table1, r => r.Characteristic == "LDH at diagnosis, U/L");
    }

    [Fact]
    public void The_study_checksum_covers_radiotherapy_assessments_and_biology()
    {
        var study = Study();
        Assert.NotEqual(StudyChecksum.Compute(study), StudyChecksum.Compute(study with { Radiotherapy = [.. study.Radiotherapy.Skip(1)] }));
        Assert.NotEqual(StudyChecksum.Compute(study), StudyChecksum.Compute(study with
        {
            Assessments = [new ResponseAssessment { PatientId = "L01", AssessmentDate = DxScanDate, MarrowTumourPercent = 10 }],
        }));
        Assert.NotEqual(StudyChecksum.Compute(study), StudyChecksum.Compute(study with
        {
            Patients = [study.Patients[0] with { Chr11q = ChromosomeArmStatus.NoLoss }, .. study.Patients.Skip(1)],
        }));
    }

    [Fact]
    public void Compared_with_Casey_2018()
    {
        var lit = R.LocalControl!.Incidence!.Literature;
        var persistent = lit.Single(l => l.Measure.StartsWith("5-year local control, irradiated persistent", StringComparison.Ordinal));
        Assert.Equal(0.67, persistent.Published);
        Assert.Null(persistent.Study);   // no irradiated site followed 5 years here
        var crude = lit.Single(l => l.Measure.StartsWith("irradiated metastases that recurred", StringComparison.Ordinal));
        Assert.Equal(0.25, crude.Study);  // 1 of 4 irradiated sites failed
        Assert.Equal(43.0 / 244, crude.Published, 12);
    }
}

using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// Relapse patterns and the counterfactual when some sites were irradiated (docs/analysis.md steps 7, 8 and 8b;
/// docs/domain.md "Site-level analysis"). Standard dates of <see cref="HandStudy"/>: post-HDC scan 2010-08-15, end of
/// treatment 2011-03-01; no end-of-treatment scan, so every relapse is judged against the post-HDC scan. Courses are
/// 21.6 Gy in 12 fractions starting 2010-09-01 (17 days after the scan, inside the default 180-day window) unless noted.
///
/// Worked on paper (post-HDC positives; irradiated segments; segments positive at relapse → classification):
///   R01 skull 1, spine 2   irradiated spine          relapse skull          → persistent skull, not irradiated: persistent_only, preventable k = 1
///   R02 pelvis 1           irradiated pelvis         relapse pelvis         → in-field failure (pelvis): not persistent_only, not preventable
///   R03 skull 1, spine 1   irradiated skull          relapse skull + spine  → in-field (skull) although spine was not irradiated:
///                                                                             irradiation already failed at skull, so irradiating spine
///                                                                             too could not have prevented this relapse → not preventable
///   R04 spine 2            none                      relapse spine          → persistent_only, preventable k = 1
///   R05 pelvis 1           irradiated pelvis         relapse pelvis + marrow→ in-field (pelvis) and non-skeletal
///   R06 spine 2            course 2011-01-20, after  relapse spine          → the course treats the relapse of 2011-01-10, it did not
///                          the relapse                 (2011-01-10)            precede it: not in field; persistent_only, preventable k = 1
///   R07 pelvis 1 (skull    irradiated pelvis         relapse skull          → skull cleared (positive at diagnosis, 0 after HDC), not
///       cleared)                                                               irradiated: with_cleared_sites only
///   R08 spine 1 (skull     irradiated skull + spine  relapse skull          → skull cleared and irradiated after the post-HDC scan: an
///       cleared)                                                               in-field failure at a cleared site (with_cleared_sites and
///                                                                             with_in_field_failures)
/// Patterns: persistent_only R01 R04 R06 (3); with_in_field_failures R02 R03 R05 R08 (4); with_cleared_sites R07 R08 (2);
/// with_new_sites none; with_non_skeletal_sites R05.
/// Counterfactual, p = 0.67: preventable R01, R04, R06, each k = 1 → expected 3 × 0.67 = 2.01. (Had irradiated sites not
/// been told apart, R02 (k 1) and R03 (k 2) would have been preventable too: 4 × 0.67 + 0.67² = 3.1289.)
/// All eight are persistent and oligo (≤ 2 segments scored 1–2, ≤ 3 lesions) with one EFS event each: E = 8, implied
/// EFS HR (8 − 2.01) / 8 = 0.74875. C01 cleared after HDC and stays event-free (no relapse, no site).
/// </summary>
public class InFieldFailureHandStudyTests
{
    private static readonly DateOnly Relapse = new(2011, 9, 1);
    private static readonly DateOnly Course = new(2010, 9, 1);

    public static StudyData Study()
    {
        var h = new HandStudy();
        void Patient(string id, int[] dx, int[] postHdc, int[] prog, DateOnly? relapse = null, params string[] eventSites)
        {
            var date = relapse ?? Relapse;
            h.Patient(id).Scan(id, id + "-dx", DxScanDate, dx).Scan(id, id + "-hdc", PostHdcDate, postHdc)
                .Scan(id, id + "-prog", date.AddDays(-2), prog).Event(id, date, EventType.Relapse, eventSites);
        }
        Patient("R01", Seg(("skull", 2), ("spine", 3)), Seg(("skull", 1), ("spine", 2)), Seg(("skull", 2)));
        Patient("R02", Seg(("pelvis", 3)), Seg(("pelvis", 1)), Seg(("pelvis", 3)));
        Patient("R03", Seg(("skull", 2), ("spine", 2)), Seg(("skull", 1), ("spine", 1)), Seg(("skull", 2), ("spine", 2)));
        Patient("R04", Seg(("spine", 3)), Seg(("spine", 2)), Seg(("spine", 3)));
        Patient("R05", Seg(("pelvis", 2)), Seg(("pelvis", 1)), Seg(("pelvis", 2)), null, "pelvis", "bone_marrow");
        Patient("R06", Seg(("spine", 4)), Seg(("spine", 2)), Seg(("spine", 3)), new DateOnly(2011, 1, 10));
        Patient("R07", Seg(("skull", 2), ("pelvis", 2)), Seg(("pelvis", 1)), Seg(("skull", 2)));
        Patient("R08", Seg(("skull", 3), ("spine", 2)), Seg(("spine", 1)), Seg(("skull", 2)));
        // one patient cleared after HDC, event-free: the persistent-vs-cleared comparison (and the trial's control median) exists
        h.Patient("C01").Scan("C01", "C01-dx", DxScanDate, Seg(("spine", 2))).Scan("C01", "C01-hdc", PostHdcDate, Zero);
        RadiotherapyCourse Rt(string id, DateOnly start, params string[] sites) => new()
        {
            PatientId = id, StartDate = start, EndDate = start.AddDays(16), Target = RadiotherapyTarget.Metastasis, Sites = sites, DoseGy = 21.6, Fractions = 12,
        };
        return h.Build() with
        {
            Radiotherapy =
            [
                Rt("R01", Course, "spine"), Rt("R02", Course, "pelvis"), Rt("R03", Course, "skull"), Rt("R05", Course, "pelvis"),
                Rt("R06", new DateOnly(2011, 1, 20), "spine"), Rt("R07", Course, "pelvis"), Rt("R08", Course, "skull", "spine"),
            ],
        };
    }

    private static readonly StudyResults R = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null });

    [Fact]
    public void In_field_segments_per_patient_are_the_ones_worked_by_hand()
    {
        var byId = R.RelapseSites.Patients.ToDictionary(p => p.PatientId);
        Assert.Equal(8, byId.Count);
        Assert.Empty(byId["R01"].InField);
        Assert.Equal(["skull"], byId["R01"].Persistent);
        Assert.Equal(["pelvis"], byId["R02"].InField);
        Assert.Equal(["skull"], byId["R03"].InField);
        Assert.Equal(["skull", "spine"], byId["R03"].Persistent);
        Assert.Empty(byId["R04"].InField);
        Assert.Equal(["pelvis"], byId["R05"].InField);
        Assert.Equal(["bone_marrow"], byId["R05"].NonSkeletal);
        Assert.Empty(byId["R06"].InField);   // the course came after the relapse
        Assert.Empty(byId["R07"].InField);
        Assert.Equal(["skull"], byId["R07"].Cleared);
        Assert.Equal(["skull"], byId["R08"].InField);
        Assert.Equal(["skull"], byId["R08"].Cleared);
    }

    [Fact]
    public void Patterns_skip_irradiated_sites_and_count_in_field_failures_apart()
    {
        var p = R.RelapseSites.Patterns!;
        static void Is(PatternCount c, params string[] ids)
        {
            Assert.Equal(ids.Length, c.N);
            Assert.Equal(ids, c.Patients);
        }
        Is(p.PersistentOnly, "R01", "R04", "R06");
        Is(p.WithInFieldFailures, "R02", "R03", "R05", "R08");
        Is(p.WithClearedSites, "R07", "R08");
        Is(p.WithNewSites);
        Is(p.WithNonSkeletalSites, "R05");
    }

    [Fact]
    public void The_counterfactual_does_not_count_in_field_failures_as_preventable()
    {
        var lc = R.LocalControl!;
        Assert.Equal((8, 3), (lc.Relapses, lc.ConfinedToPersistent));
        Assert.Equal(["R01", "R04", "R06"], lc.Patients.Select(x => x.PatientId));
        Assert.All(lc.Patients, x => Assert.Equal(1, x.Sites));
        Assert.Equal(2.01, lc.ExpectedPrevented, 12);
        Assert.Equal(["R02", "R03", "R05", "R08"], lc.InFieldFailures);
        var oligo = lc.Populations.Single(x => x.Population == "oligo");
        Assert.Equal((8, 8, 8), (oligo.Patients, oligo.Relapses, oligo.EfsEvents));
        Assert.Equal(["R01", "R04", "R06"], oligo.Preventable);
        Assert.Equal(["R02", "R03", "R05", "R08"], oligo.InFieldFailures);
        Assert.Equal(0.74875, oligo.ImpliedHazardRatio!.Value, 12);
    }

    [Fact]
    public void The_trial_population_leaves_out_patients_already_irradiated_and_sizes_the_trial()
    {
        // Persistent sites irradiated within the window: R01 spine, R02 pelvis, R03 skull, R05 pelvis, R07 pelvis, R08
        // spine. Not irradiated: R04 (no course) and R06 (course after the relapse). Trial population R04 R06: both
        // relapses preventable with k = 1 → expected 2 × 0.67 = 1.34 of E = 2 → implied HR (2 − 1.34) / 2 = 0.33.
        var lc = R.LocalControl!;
        var te = lc.Populations.Single(x => x.Population == "trial_eligible");
        Assert.Equal(["R04", "R06"], R.TrialEligibility!.Eligible);
        Assert.Equal((2, 2, 2), (te.Patients, te.Relapses, te.EfsEvents));
        Assert.Equal(["R04", "R06"], te.Preventable);
        Assert.Empty(te.InFieldFailures);
        Assert.Equal(0.33, te.ImpliedHazardRatio!.Value, 12);
        // the trial is sized for that HR, not the oligo population's 0.74875
        Assert.NotNull(R.Trial);
        Assert.Equal(0.33, R.Trial!.HazardRatio, 12);
        // Observed local control: every irradiated site's follow-up ends at 382 days (3 in-field failures, 3 competing),
        // so no irradiated site is followed to 2 years, the first reported time → no observed row.
        Assert.Null(lc.ObservedLocalControl);
        Assert.All(lc.Sensitivity, x => Assert.Equal("assumed", x.Source));
        Assert.Equal(0.5 * 2 / 2, 1 - lc.Sensitivity.Single(x => x.Probability == 0.5).TrialEligibleImpliedHazardRatio!.Value, 12);
    }

    [Fact]
    public void Without_the_courses_the_in_field_relapses_become_preventable()
    {
        // The same study with no radiotherapy: R02 (k 1) and R03 (k 2) are confined to persistent sites again, R08 only
        // cleared: preventable R01 R02 R03 R04 R06, expected 4 × 0.67 + 0.67² = 3.1289; no in-field failure anywhere.
        var r = StudyAnalysis.Run(Study() with { Radiotherapy = [] }, AnalysisPlan.Default with { Published = null });
        Assert.Equal(["R01", "R02", "R03", "R04", "R06"], r.LocalControl!.Patients.Select(x => x.PatientId));
        Assert.Equal(4 * 0.67 + 0.67 * 0.67, r.LocalControl.ExpectedPrevented, 12);
        Assert.Empty(r.LocalControl.InFieldFailures);
        Assert.Equal(0, r.RelapseSites.Patterns!.WithInFieldFailures.N);
        Assert.Equal(["R01", "R02", "R03", "R04", "R06"], r.RelapseSites.Patterns.PersistentOnly.Patients);
    }

    [Fact]
    public void Cumulative_incidence_cause_1_is_relapse_at_non_irradiated_persistent_sites_only()
    {
        // Cause 1 = persistent_only (R01 R04 R06); every other relapse is cause 2, in-field failures included.
        var data = R.CumulativeIncidence!.Data.ToDictionary(d => d.PatientId, d => d.Cause);
        Assert.Equal([1, 2, 2, 1, 2, 1, 2, 2], new[] { "R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08" }.Select(id => data[id]));
    }

    [Fact]
    public void Local_control_and_relapse_patterns_apply_one_irradiation_rule()
    {
        // R02's pelvis is an irradiated site that failed in local_control.sites and an in-field failure in the patterns;
        // R06's spine, treated after its relapse, is neither irradiated there nor in field here.
        var sites = R.LocalControl!.Sites;
        var r02 = sites.Single(s => s.PatientId == "R02");
        Assert.True(r02.Irradiated && r02.Failed);
        var r06 = sites.Single(s => s.PatientId == "R06");
        Assert.False(r06.Irradiated);
        // a window shorter than the 17 days to the courses irradiates nothing: no in-field failure remains
        var shortWindow = AnalysisPlan.Default with { Published = null, Radiotherapy = new RadiotherapySettings { IrradiationWindowDays = 16 } };
        var r = StudyAnalysis.Run(Study(), shortWindow);
        Assert.Equal(0, r.RelapseSites.Patterns!.WithInFieldFailures.N);
        Assert.DoesNotContain(r.LocalControl!.Sites, s => s.Irradiated);
    }
}

using Mibg.Core.Cohort;
using Mibg.Core.TimePoints;
using Mibg.Core.Json;
using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// A twelve-patient study made by hand; every expected value below is read off the definitions of
/// design/analysis.md and domain.md (worked in the comments). Standard dates: diagnosis 2010-01-01, post-HDC scan
/// 2010-08-15, end of treatment 2011-03-01, last contact 2018-01-01 (2922 days = 8.0 years of 365.25 days).
/// </summary>
public class HandStudyAnalysisTests
{
    private static readonly DateOnly EotScan = Eot;

    /// <summary>The study. P10 stage L2 and P11 (post-HDC consensus pending) are excluded; the other ten are eligible.</summary>
    public static StudyData Study()
    {
        var h = new HandStudy();
        // P01 cleared, event-free.
        h.Patient("P01").Scan("P01", "P01-dx", DxScanDate, Seg(("skull", 2), ("spine", 3))).Scan("P01", "P01-hdc", PostHdcDate, Zero).Scan("P01", "P01-eot", EotScan, Zero);
        // P02 cleared; relapse 2012-06-01 with progression scan spine 4 (cleared: positive at dx, 0 on the EOT scan), pelvis 2 (new); died 2013-01-01.
        h.Patient("P02", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2013, 1, 1), LastContactDate = new DateOnly(2013, 1, 1) })
            .Scan("P02", "P02-dx", DxScanDate, Seg(("skull", 2), ("spine", 3))).Scan("P02", "P02-hdc", PostHdcDate, Zero).Scan("P02", "P02-eot", EotScan, Zero)
            .Scan("P02", "P02-prog", new DateOnly(2012, 5, 28), Seg(("spine", 4), ("pelvis", 2)))
            .Event("P02", new DateOnly(2012, 6, 1), EventType.Relapse, "spine", "pelvis").Event("P02", new DateOnly(2013, 1, 1), EventType.Death);
        // P03 persistent (post-HDC spine 2); progression 2010-12-01, before EOT → progression_during_maintenance.
        // At progression spine 3 (persistent: positive post-HDC), skull 2 (cleared) → total 5.
        h.Patient("P03").Scan("P03", "P03-dx", DxScanDate, Seg(("skull", 3), ("spine", 4), ("pelvis", 2))).Scan("P03", "P03-hdc", PostHdcDate, Seg(("spine", 2)))
            .Scan("P03", "P03-prog", new DateOnly(2010, 11, 28), Seg(("spine", 3), ("skull", 2))).Event("P03", new DateOnly(2010, 12, 1), EventType.Progression, "spine", "skull");
        // P04 persistent (post-HDC 1), EOT scan 0 → cr_at_end_of_treatment; event-free, follow-up 8.0 y.
        h.Patient("P04").Scan("P04", "P04-dx", DxScanDate, Seg(("spine", 4))).Scan("P04", "P04-hdc", PostHdcDate, Seg(("spine", 1))).Scan("P04", "P04-eot", new DateOnly(2011, 2, 20), Zero);
        // P05 persistent (post-HDC 3), EOT 1, no event → persistent_response; last contact 2016-01-01: 2191 days = 5.9986 y.
        h.Patient("P05", p => p with { LastContactDate = new DateOnly(2016, 1, 1) })
            .Scan("P05", "P05-dx", DxScanDate, Seg(("spine", 4), ("pelvis", 3))).Scan("P05", "P05-hdc", PostHdcDate, Seg(("spine", 2), ("pelvis", 1)))
            .Scan("P05", "P05-eot", EotScan, Seg(("spine", 1)));
        // P06 persistent (post-HDC 3), EOT 2, relapse 2011-09-01 → progression_after_treatment; at progression spine 4 only
        // (positive on the EOT scan) → confined to 1 persistent site; died 2012-09-01.
        h.Patient("P06", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2012, 9, 1), LastContactDate = new DateOnly(2012, 9, 1) })
            .Scan("P06", "P06-dx", DxScanDate, Seg(("spine", 5), ("skull", 2), ("thoracic_cage", 3))).Scan("P06", "P06-hdc", PostHdcDate, Seg(("spine", 3)))
            .Scan("P06", "P06-eot", EotScan, Seg(("spine", 2))).Scan("P06", "P06-prog", new DateOnly(2011, 8, 30), Seg(("spine", 4)))
            .Event("P06", new DateOnly(2011, 9, 1), EventType.Relapse, "spine").Event("P06", new DateOnly(2012, 9, 1), EventType.Death);
        // P07 persistent (post-HDC pelvis 1), EOT 1, relapse 2012-03-01 at skull 2 only (0 at dx and on EOT → new) → not at prior sites.
        h.Patient("P07").Scan("P07", "P07-dx", DxScanDate, Seg(("spine", 2), ("pelvis", 2))).Scan("P07", "P07-hdc", PostHdcDate, Seg(("pelvis", 1)))
            .Scan("P07", "P07-eot", EotScan, Seg(("pelvis", 1))).Scan("P07", "P07-prog", new DateOnly(2012, 3, 1), Seg(("skull", 2)))
            .Event("P07", new DateOnly(2012, 3, 1), EventType.Relapse, "skull");
        // P08 persistent, no EOT scan → not_evaluable.
        h.Patient("P08").Scan("P08", "P08-dx", DxScanDate, Seg(("spine", 3))).Scan("P08", "P08-hdc", PostHdcDate, Seg(("spine", 1)));
        // P09 persistent (post-HDC 2), EOT 1, death 2014-01-01 without progression → death_without_progression (its own outcome).
        h.Patient("P09", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2014, 1, 1), LastContactDate = new DateOnly(2014, 1, 1) })
            .Scan("P09", "P09-dx", DxScanDate, Seg(("spine", 3))).Scan("P09", "P09-hdc", PostHdcDate, Seg(("spine", 2))).Scan("P09", "P09-eot", EotScan, Seg(("spine", 1)))
            .Event("P09", new DateOnly(2014, 1, 1), EventType.Death);
        // P10 stage L2 → excluded at "stage".
        h.Patient("P10", p => p with { InrgStage = "L2", InssStage = "3" }).Scan("P10", "P10-dx", DxScanDate, Zero);
        // P11 post-HDC consensus pending → excluded at "post_hdc_scan_read"; its scan is pending.
        h.Patient("P11").Scan("P11", "P11-dx", DxScanDate, Seg(("spine", 3))).Scan("P11", "P11-hdc", PostHdcDate, consensus: null);
        // P12 persistent (post-HDC spine 4: not oligo), EOT consensus pending → not_evaluable; its EOT scan is pending.
        h.Patient("P12").Scan("P12", "P12-dx", DxScanDate, Seg(("spine", 5))).Scan("P12", "P12-hdc", PostHdcDate, Seg(("spine", 4))).Scan("P12", "P12-eot", EotScan, consensus: null);
        return h.Build();
    }

    private static readonly StudyResults R = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null });

    private static IReadOnlyList<string> Group(string g) => R.Groups.Single(x => x.Group == g).Patients;
    private static ScoreSummary Score(string g, string tp) => R.Scores.Single(x => x.Group == g && x.Timepoint.Code() == tp);

    [Fact]
    public void Flow_counts_each_step_and_lists_the_excluded()
    {
        Assert.Equal([("all_patients", 12), ("stage", 11), ("age", 11), ("diagnosis_period", 11), ("positive_diagnosis_scan", 11),
                      ("hdc_given", 11), ("no_progression_before_post_hdc_scan", 11), ("post_hdc_scan_read", 10), ("eligible", 10)], R.Flow.Select(f => (f.Step, f.N)));
        Assert.Equal([new Exclusion("P10", "INRG stage L2", "stage"), new Exclusion("P11", "post-HDC scan P11-hdc has no usable read (pending)", "post_hdc_scan_read")], R.Excluded);
    }

    [Fact]
    public void Pending_reads_are_listed() => Assert.Equal(["P11-hdc", "P12-eot"], R.PendingReads);

    [Fact]
    public void Groups_are_as_worked_by_hand()
    {
        Assert.Equal(["P01", "P02"], Group("cleared_after_hdc"));
        Assert.Equal(["P03", "P04", "P05", "P06", "P07", "P08", "P09", "P12"], Group("persistent"));
        Assert.Equal(["P03"], Group("progression_during_maintenance"));
        Assert.Equal(["P04"], Group("cr_at_end_of_treatment"));
        Assert.Equal(["P05", "P06", "P07"], Group("persistent_at_end_of_treatment"));
        Assert.Equal(["P05"], Group("persistent_response"));
        Assert.Equal(["P09"], Group("death_without_progression"));
        Assert.Equal(["P06", "P07"], Group("progression_after_treatment"));
        Assert.Equal(["P08", "P12"], Group("not_evaluable"));
        Assert.Equal(["P03", "P06", "P07"], Group("progressed"));
        var reasons = R.Groups.Single(x => x.Group == "not_evaluable").Reasons;
        Assert.Equal("no end-of-treatment scan", reasons["P08"]);
        Assert.Equal("end-of-treatment scan P12-eot has no usable read (pending)", reasons["P12"]);
    }

    [Fact]
    public void Persistence_proportion_with_wilson_interval()
    {
        // 8 of 10. Wilson 95% (R: prop.test(8, 10, correct = FALSE)$conf.int) = 0.4901625 .. 0.9433178.
        Assert.Equal((8, 10, 0.8), (R.Persistent.N, R.Persistent.Of, R.Persistent.Proportion));
        Assert.Equal(0.4901625, R.Persistent.CiLower, 6);
        Assert.Equal(0.9433178, R.Persistent.CiUpper, 6);
    }

    [Fact]
    public void Scores_median_and_range_per_group_and_time_point()
    {
        // persistent_response post-HDC: P05 3 only (P09 died without progression) → 3 [3–3]; EOT: 1 → 1 [1–1].
        var s = Score("persistent_response", "post_hdc");
        Assert.Equal((1, 3.0, 3.0, 3.0), (s.N, s.Median!.Value, s.Min!.Value, s.Max!.Value));
        Assert.Equal(["P05"], s.Patients);
        s = Score("persistent_response", "end_of_treatment");
        Assert.Equal((1.0, 1.0, 1.0), (s.Median!.Value, s.Min!.Value, s.Max!.Value));
        // progressed post-HDC: P03 2, P06 3, P07 1 → 2 [1–3].
        s = Score("progressed", "post_hdc");
        Assert.Equal((3, 2.0, 1.0, 3.0), (s.N, s.Median!.Value, s.Min!.Value, s.Max!.Value));
        // progressed EOT: P06 2, P07 1 → 1.5 [1–2]; P03 (progressed during maintenance) has no EOT scan.
        s = Score("progressed", "end_of_treatment");
        Assert.Equal((2, 1.5, 1.0, 2.0), (s.N, s.Median!.Value, s.Min!.Value, s.Max!.Value));
        Assert.Equal(["P03"], s.Missing);
        // progressed at progression: P03 5, P06 4, P07 2 → 4 [2–5].
        s = Score("progressed", "progression");
        Assert.Equal((3, 4.0, 2.0, 5.0), (s.N, s.Median!.Value, s.Min!.Value, s.Max!.Value));
        Assert.Equal(["P03-prog", "P06-prog", "P07-prog"], s.ScanIds);
    }

    [Fact]
    public void Follow_up_counts_only_event_free_patients()
    {
        // cr: P04 2922 days → 8.0 y. persistent_response: P05 only (P09 died: an EFS event) → 2191 / 365.25 y.
        var cr = R.Followup.Single(f => f.Group == "cr_at_end_of_treatment");
        Assert.Equal((1, 8.0), (cr.N, cr.MedianYears!.Value));
        var pr = R.Followup.Single(f => f.Group == "persistent_response");
        Assert.Equal(["P05"], pr.Patients);
        Assert.Equal(2191 / 365.25, pr.MedianYears!.Value, 12);
        Assert.Equal(["P01"], R.Followup.Single(f => f.Group == "cleared_after_hdc").Patients);
    }

    [Fact]
    public void Relapse_sites_are_classified_per_patient()
    {
        var rs = R.RelapseSites;
        // Headline over progression_after_treatment: P06 (persistent spine) at prior sites, P07 (new skull) not → 1 of 2.
        Assert.Equal((2, 1), (rs.Relapses, rs.AtPriorSkeletalSites));
        Assert.Equal(["P06"], rs.AtPriorSkeletalSitesPatients);
        var byId = rs.Patients.ToDictionary(p => p.PatientId);
        Assert.Equal(["P02", "P03", "P06", "P07"], byId.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["spine"], byId["P02"].Cleared);
        Assert.Equal(["pelvis"], byId["P02"].New);
        Assert.Equal("P02-eot", byId["P02"].ReferenceScanId);
        Assert.Equal(["spine"], byId["P03"].Persistent);
        Assert.Equal(["skull"], byId["P03"].Cleared);
        Assert.Equal(TimePoint.PostHdc, byId["P03"].ReferenceTimepoint);
        Assert.Equal(RelapsePattern.ConfinedToPersistent, byId["P06"].Pattern);
        Assert.Equal(TimePoint.EndOfTreatment, byId["P06"].ReferenceTimepoint);
        Assert.Equal(["skull"], byId["P07"].New);
        Assert.False(byId["P07"].AtPriorSkeletalSites);
    }

    [Fact]
    public void Counterfactual_local_control_is_p_to_the_k()
    {
        // Persistent relapses P03, P06, P07; only P06 has every site persistent (spine, persistent on the EOT scan; events.sites
        // "spine" only, no marrow/soft tissue), k = 1 → prevented with p = 0.67 (default, Casey 2018).
        Assert.Equal((3, 1), (R.LocalControl!.Relapses, R.LocalControl.ConfinedToPersistent));
        Assert.Equal(0.67, R.LocalControl.ExpectedPrevented, 12);
        var r = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null, LocalControlProbability = 1 });
        Assert.Equal(1.0, r.LocalControl!.ExpectedPrevented, 12);
        // Oligo population (P03 P04 P05 P06 P07 P08 P09, see Oligo_on_the_post_hdc_scan): EFS events P03 P06 P07 P09 = 4,
        // preventable P06 → implied EFS HR (4 − 0.67) / 4 = 0.8325. All persistent: the same four events (P12 event-free).
        var oligo = R.LocalControl.Populations.Single(x => x.Population == "oligo");
        Assert.Equal((7, 3, 4), (oligo.Patients, oligo.Relapses, oligo.EfsEvents));
        Assert.Equal(["P06"], oligo.Preventable);
        Assert.Equal(0.8325, oligo.ImpliedHazardRatio!.Value, 12);
        var all = R.LocalControl.Populations.Single(x => x.Population == "persistent");
        Assert.Equal((8, 4), (all.Patients, all.EfsEvents));
        // Sensitivity at p = 0.5: 0.5 prevented → HR 0.875.
        Assert.Equal(0.875, R.LocalControl.Sensitivity.Single(x => x.Probability == 0.5).OligoImpliedHazardRatio!.Value, 12);
    }

    [Fact]
    public void A_relapse_with_a_marrow_site_is_not_preventable()
    {
        // P06 again, but its relapse also involves the bone marrow (events.sites): irradiating the spine could not have
        // prevented it → no preventable relapse, 0 expected prevented, implied HR 1.
        var h = Study();
        var events = h.Events.Select(e => e.PatientId == "P06" && e.EventType == EventType.Relapse ? e with { Sites = ["spine", "bone_marrow"] } : e).ToArray();
        var r = StudyAnalysis.Run(h with { Events = events }, AnalysisPlan.Default with { Published = null });
        Assert.Equal(0, r.LocalControl!.ConfinedToPersistent);
        Assert.Equal(1.0, r.LocalControl.Populations.Single(x => x.Population == "oligo").ImpliedHazardRatio!.Value, 12);
    }

    [Fact]
    public void Oligo_on_the_post_hdc_scan()
    {
        // Persistent post-HDC: P03 spine 2, P04 1, P05 spine 2 + pelvis 1, P06 spine 3, P07 1, P08 1, P09 2 → oligo;
        // P12 spine 4 (more than three foci) → not.
        Assert.Equal((7, 8), (R.Oligo.N, R.Oligo.Of));
        Assert.DoesNotContain("P12", R.Oligo.Patients);
    }

    [Fact]
    public void Survival_persistent_vs_cleared_from_the_post_hdc_scan()
    {
        var efs = R.Survival.Single(s => s is { Endpoint: SurvivalEndpoint.Efs, Comparison: SurvivalComparisonKind.PersistentVsCleared });
        Assert.Equal(TimeOrigin.PostHdcScan, efs.Origin);
        var persistent = efs.Km.Strata.Single(s => s.Name == "persistent");
        var cleared = efs.Km.Strata.Single(s => s.Name == "cleared_after_hdc");
        // EFS events: persistent P03 (progression), P06, P07 (relapse), P09 (death) = 4 of 8; cleared P02 = 1 of 2.
        Assert.Equal((8, 4), (persistent.N, persistent.Events));
        Assert.Equal((2, 1), (cleared.N, cleared.Events));
        // P03: progression 2010-12-01, 108 days after the post-HDC scan of 2010-08-15 → first step at 108 / 365.25 y.
        Assert.Equal(108 / 365.25, persistent.Steps[0].Time, 12);
        Assert.NotNull(efs.Logrank);
        var os = R.Survival.Single(s => s is { Endpoint: SurvivalEndpoint.Os, Comparison: SurvivalComparisonKind.PersistentVsCleared });
        Assert.Equal(2, os.Km.Strata.Single(s => s.Name == "persistent").Events);   // P06, P09 died
    }

    [Fact]
    public void Mean_of_readers_leaves_no_scan_pending()
    {
        var r = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null, ReadResolution = ReadResolution.MeanOfReaders });
        Assert.Empty(r.PendingReads);
        // P11 (readers both read skull 1 on the post-HDC scan) is now eligible and persistent.
        Assert.Contains("P11", r.Persistent.Patients);
    }

    [Fact]
    public void Table1_counts_by_hand()
    {
        var patients = R.Table1.Single(r => r.Characteristic == "Patients");
        Assert.Equal([10, 2, 8], patients.Cells.Select(c => c.N));
        // Diagnosis totals of the eligible: P01 5, P02 5, P03 9, P04 4, P05 7, P06 10, P07 4, P08 3, P09 3, P12 5
        // → sorted 3 3 4 4 5 5 5 7 9 10 → median 5 [3–10].
        var dx = R.Table1.Single(r => r.Characteristic == "SIOPEN total at diagnosis");
        Assert.Equal("5 [3–10]", dx.Cells[0].Text);
        var mycn = R.Table1.Single(r => r is { Characteristic: "MYCN", Level: "not_amplified" });
        Assert.Equal("10 (100.0%)", mycn.Cells[0].Text);
        Assert.Equal(10, mycn.Cells[0].Patients.Count);
    }

    [Fact]
    public void Table1_percentages_are_of_known_values_with_missing_counted_apart()
    {
        // P01 MYCN "unknown", P02 blank: 8 known, all not_amplified → "8 (100.0%)" (of the 8 known, not of 10); the
        // missing-or-unknown row counts 2 and carries no percentage.
        var h = Study();
        var patients = h.Patients.Select(p => p.PatientId switch { "P01" => p with { Mycn = "unknown" }, "P02" => p with { Mycn = null }, _ => p }).ToArray();
        var r = StudyAnalysis.Run(h with { Patients = patients }, AnalysisPlan.Default with { Published = null });
        var known = r.Table1.Single(x => x is { Characteristic: "MYCN", Level: "not_amplified" });
        Assert.Equal(("8 (100.0%)", 8, 8), (known.Cells[0].Text, known.Cells[0].N, known.Cells[0].Of));
        var missing = r.Table1.Single(x => x is { Characteristic: "MYCN", Level: "missing" });
        Assert.Equal(("2", 2), (missing.Cells[0].Text, missing.Cells[0].N));
        Assert.Equal(["P01", "P02"], missing.Cells[0].Patients);
    }

    [Fact]
    public void A_study_without_any_hdc_date_stops_the_analysis_naming_what_depends_on_it()
    {
        // hdc_date column missing (every value null): the default plan requires HDC, so "0 eligible" would be reported as
        // if all were well → the analysis stops, naming eligibility.require_hdc.
        var h = Study();
        var e = Assert.Throws<InvalidPlanException>(() =>
            StudyAnalysis.Run(h with { Patients = h.Patients.Select(p => p with { HdcDate = null }).ToArray() }, AnalysisPlan.Default with { Published = null }));
        Assert.Equal("eligibility.require_hdc", e.Errors.Single().Field);
        Assert.Contains("no patient has an hdc_date", e.Errors.Single().Message);
    }

    [Fact]
    public void Heat_map_counts_positive_segments_per_time_point()
    {
        // Persistent post-HDC scans (8): spine positive in P03 P04 P05 P06 P08 P09 P12, pelvis in P05 P07.
        var spine = R.SegmentFrequencies.Single(f => f is { Population: "persistent", Timepoint: TimePoint.PostHdc, Segment: "spine" });
        Assert.Equal((7, 8), (spine.Positive, spine.Evaluated));
        Assert.Equal(["P03", "P04", "P05", "P06", "P08", "P09", "P12"], spine.PositivePatients);
        var pelvis = R.SegmentFrequencies.Single(f => f is { Population: "persistent", Timepoint: TimePoint.PostHdc, Segment: "pelvis" });
        Assert.Equal(["P05", "P07"], pelvis.PositivePatients);
    }

    [Fact]
    public void Cox_drops_a_covariate_without_variation_and_says_so()
    {
        // Every patient is MYCN not amplified: the adjustment is impossible and noted; persistence and diagnosis
        // SIOPEN > 3 (P08, P09 score 3, the others more) stay in the model.
        var m = R.Cox.Single(c => c.Endpoint == SurvivalEndpoint.Efs);
        Assert.Equal(["persistent", "diagnosis_siopen_above_3"], m.Covariates);
        Assert.Contains(m.Notes, n => n.StartsWith("mycn_amplified left out: no variation", StringComparison.Ordinal));
        Assert.Equal(10, m.N);
    }

    [Fact]
    public void Swimmer_rows_for_every_persistent_patient()
    {
        Assert.Equal(["P03", "P04", "P05", "P06", "P07", "P08", "P09", "P12"], R.Swimmer.Select(s => s.PatientId));
        var p06 = R.Swimmer.Single(s => s.PatientId == "P06");
        // Diagnosis 2010-01-01 → death 2012-09-01: 974 days.
        Assert.Equal(974 / 365.25, p06.LastContactYears, 12);
        Assert.Equal([EventType.Relapse, EventType.Death], p06.Events.Select(e => e.EventType));
        Assert.Equal(["induction", "hdc", "maintenance"], p06.Phases.Select(p => p.Phase));
    }

    [Fact]
    public void Results_carry_plan_checksum_and_version()
    {
        Assert.Equal(64, R.Reproducibility.StudySha256.Length);
        Assert.Equal(R.Reproducibility.StudySha256, StudyChecksum.Compute(Study()));
        Assert.NotEqual(R.Reproducibility.StudySha256, StudyChecksum.Compute(Study() with { Events = [] }));
    }
}

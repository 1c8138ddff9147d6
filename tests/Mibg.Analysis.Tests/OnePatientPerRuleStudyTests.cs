using Mibg.Core.TimePoints;
using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// Issue 10's rules (items 1–4), one hand-made patient each, run through the whole analysis under the default plan. Each
/// patient's expected answer is reasoned beside it from docs/domain.md and docs/analysis.md. Standard patient (HandStudy):
/// diagnosis 2010-01-01, HDC 2010-06-10, maintenance start 2010-09-01, end of treatment (EOT) 2011-03-01, last contact
/// 2018-01-01; post-HDC window HDC + 30 d (2010-07-10) to maintenance start + 30 d (2010-10-01); EOT window ± 60 d.
/// Scans: diagnosis 2010-01-05, post-HDC 2010-08-15, EOT 2011-03-01 unless said otherwise.
/// </summary>
public class OnePatientPerRuleStudyTests
{
    private static readonly DateOnly Prog = new(2012, 1, 8);
    private static readonly DateOnly Relapse = new(2012, 1, 10);

    public static StudyData Study()
    {
        var h = new HandStudy();
        void Standard(string id, int[] dx, int[] post, int[]? eot, Func<Patient, Patient>? edit = null)
        {
            h.Patient(id, edit).Scan(id, id + "-dx", DxScanDate, dx).Scan(id, id + "-hdc", PostHdcDate, post);
            if (eot is not null) h.Scan(id, id + "-eot", Eot, eot);
        }

        // ---- Item 1, groups ----
        // A1 progression during maintenance, EOT date given: first disease event 2010-12-01, after the post-HDC scan and on
        // or before the EOT date → progression_during_maintenance. Progression scan spine 3 (positive post-HDC: persistent),
        // skull 2 (positive at diagnosis, 0 post-HDC: cleared) → pattern with_cleared_sites.
        Standard("A1", Seg(("spine", 4), ("skull", 3)), Seg(("spine", 2)), null);
        h.Scan("A1", "A1-prog", new DateOnly(2010, 11, 28), Seg(("spine", 3), ("skull", 2))).Event("A1", new DateOnly(2010, 12, 1), EventType.Progression, "spine", "skull");
        // A2 progression during maintenance with no EOT date (treatment stopped at the progression) → also
        // progression_during_maintenance, not not_evaluable. Pelvis 2 at progression was 0 at diagnosis and post-HDC → new.
        Standard("A2", Seg(("spine", 4)), Seg(("spine", 2)), null, p => p with { EndOfTreatmentDate = null });
        h.Scan("A2", "A2-prog", new DateOnly(2010, 11, 28), Seg(("spine", 2), ("pelvis", 2))).Event("A2", new DateOnly(2010, 12, 1), EventType.Progression, "spine", "pelvis");
        // A3 relapse found by the EOT work-up: no separate EOT scan; the work-up scan of 2011-03-20 (19 days after the EOT date,
        // inside the ± 60-day window) shows the relapse, dated the same day → progression_after_treatment (the work-up's
        // scan is the progression scan), not not_evaluable. Skull 2 was positive at diagnosis, 0 post-HDC → with_cleared_sites.
        Standard("A3", Seg(("spine", 4), ("skull", 3)), Seg(("spine", 2)), null);
        h.Scan("A3", "A3-workup", new DateOnly(2011, 3, 20), Seg(("spine", 4), ("skull", 2))).Event("A3", new DateOnly(2011, 3, 20), EventType.Relapse, "spine", "skull");
        // A4 progression between HDC (2010-06-10) and the post-HDC scan (2010-08-15): 2010-07-20 → excluded at its own flow step
        // no_progression_before_post_hdc_scan, not counted as "no post-HDC scan".
        h.Patient("A4").Scan("A4", "A4-dx", DxScanDate, Seg(("spine", 3))).Scan("A4", "A4-hdc", PostHdcDate, Seg(("spine", 4)))
            .Event("A4", new DateOnly(2010, 7, 20), EventType.Progression, "spine");
        // A5 tandem HDC: hdc_date is the LAST course, 2010-07-20 (data dictionary). The scan of 2010-07-05, between the two
        // courses, falls before the post-HDC window (HDC + 30 = 2010-08-19) and is not the post-HDC scan; the scan of 2010-09-10
        // (pelvis 1) is → persistent; EOT scan 0 → cr_at_end_of_treatment.
        h.Patient("A5", p => p with { HdcDate = new DateOnly(2010, 7, 20), HdcRegimen = "tandem" })
            .Scan("A5", "A5-dx", DxScanDate, Seg(("pelvis", 3))).Scan("A5", "A5-between", new DateOnly(2010, 7, 5), Seg(("pelvis", 2)))
            .Scan("A5", "A5-hdc", new DateOnly(2010, 9, 10), Seg(("pelvis", 1))).Scan("A5", "A5-eot", Eot, Zero);
        // A6 no maintenance start date: the post-HDC window then ends at HDC + 150 d (2010-11-07), so the scan of 2010-10-20 is
        // the post-HDC scan (with a maintenance start of 2010-09-01 the window would have closed on 2010-10-01) → total 0 →
        // cleared_after_hdc.
        h.Patient("A6", p => p with { MaintenanceStartDate = null }).Scan("A6", "A6-dx", DxScanDate, Seg(("skull", 2)))
            .Scan("A6", "A6-hdc", new DateOnly(2010, 10, 20), Zero).Scan("A6", "A6-eot", Eot, Zero);
        // A7 persistent at EOT, event-free, but last contact 2012-01-01: 306 days = 0.84 years after EOT, under the 2 years
        // persistence.min_event_free_years_after_end_of_treatment asks → not_evaluable (too short a follow-up).
        Standard("A7", Seg(("spine", 3)), Seg(("spine", 1)), Seg(("spine", 1)), p => p with { LastContactDate = new DateOnly(2012, 1, 1) });
        // A8 the same with last contact 2013-03-02: 732 days = 2.004 years ≥ 2 → persistent_response.
        Standard("A8", Seg(("spine", 3)), Seg(("spine", 1)), Seg(("spine", 1)), p => p with { LastContactDate = new DateOnly(2013, 3, 2) });
        // A9 died 2010-12-01 during maintenance, no disease event → death_without_progression (its own outcome); cause 3 (competing).
        Standard("A9", Seg(("spine", 3)), Seg(("spine", 1)), null,
            p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2010, 12, 1), LastContactDate = new DateOnly(2010, 12, 1) });
        h.Event("A9", new DateOnly(2010, 12, 1), EventType.Death);

        // ---- Items 3–4, relapse patterns (against the post-HDC scan) and preventable relapses; all relapse 2012-01-10 ----
        // B1 every site persistent: spine 4 at relapse, spine positive post-HDC, nothing else → persistent_only; preventable
        // (radiotherapy to spine could have stopped it), 1 site → expected prevented 0.67¹.
        Standard("B1", Seg(("spine", 4), ("skull", 3)), Seg(("spine", 2)), Seg(("spine", 1)));
        h.Scan("B1", "B1-prog", Prog, Seg(("spine", 4))).Event("B1", Relapse, EventType.Relapse, "spine");
        // B2 pelvis (persistent) and skull (positive at diagnosis, 0 post-HDC: cleared) → with_cleared_sites; not preventable.
        Standard("B2", Seg(("pelvis", 3), ("skull", 2)), Seg(("pelvis", 1)), Seg(("pelvis", 1)));
        h.Scan("B2", "B2-prog", Prog, Seg(("pelvis", 2), ("skull", 3))).Event("B2", Relapse, EventType.Relapse, "pelvis", "skull");
        // B3 spine (persistent) and right proximal lower limb (0 at diagnosis and post-HDC: new) → with_new_sites; not preventable.
        Standard("B3", Seg(("spine", 3)), Seg(("spine", 1)), Seg(("spine", 1)));
        h.Scan("B3", "B3-prog", Prog, Seg(("spine", 2), ("right_lower_limb_proximal", 2))).Event("B3", Relapse, EventType.Relapse, "spine", "right_lower_limb_proximal");
        // B4 spine (persistent) plus bone marrow (non-skeletal) → with_non_skeletal_sites, not persistent_only; not preventable.
        // Post-HDC spine 4: a segment score above 3, so B4 is persistent but not oligo-skeletal (≤ 3 segments, each ≤ 3).
        Standard("B4", Seg(("spine", 5)), Seg(("spine", 4)), Seg(("spine", 1)));
        h.Scan("B4", "B4-prog", Prog, Seg(("spine", 3))).Event("B4", Relapse, EventType.Relapse, "spine", "bone_marrow");
        // C1 cleared after HDC, event-free: the cleared group of the competing-risk comparison.
        Standard("C1", Seg(("skull", 2)), Zero, Zero);
        return h.Build();
    }

    private static readonly StudyResults R = StudyAnalysis.Run(Study(), AnalysisPlan.Default);

    private static IReadOnlyList<string> Group(string g) => R.Groups.Single(x => x.Group == g).Patients;

    [Fact]
    public void Progression_between_hdc_and_the_post_hdc_scan_is_its_own_flow_step()
    {
        var step = R.Flow.Single(f => f.Step == "no_progression_before_post_hdc_scan");
        Assert.Equal(1, step.ExcludedN);
        var a4 = Assert.Single(R.Excluded);
        Assert.Equal(("A4", "no_progression_before_post_hdc_scan"), (a4.PatientId, a4.Step));
        Assert.Equal(13, R.Flow[^1].N);   // the 14 patients less A4
    }

    [Fact]
    public void Each_patient_lands_in_the_group_its_rule_gives()
    {
        Assert.Equal(["A6", "C1"], Group("cleared_after_hdc"));
        Assert.Equal(["A1", "A2"], Group("progression_during_maintenance"));      // with and without an EOT date
        Assert.Equal(["A5"], Group("cr_at_end_of_treatment"));                     // tandem HDC: post-HDC scan after the last course
        Assert.Equal(["A9"], Group("death_without_progression"));
        Assert.Equal(["A3", "B1", "B2", "B3", "B4"], Group("progression_after_treatment"));   // A3: relapse found by the EOT work-up
        Assert.Equal(["A8"], Group("persistent_response"));
        Assert.Equal(["A7"], Group("not_evaluable"));
        Assert.Contains("under the 2 years a persistent response needs", R.Groups.Single(x => x.Group == "not_evaluable").Reasons["A7"], StringComparison.Ordinal);
        // The post-HDC scans chosen by the windows: A5's after the last tandem course, A6's within HDC + 150 days.
        Assert.Equal(TimePoint.PostHdc, R.Scans.Single(s => s.ScanId == "A5-hdc").Timepoint);
        Assert.NotEqual(TimePoint.PostHdc, R.Scans.Single(s => s.ScanId == "A5-between").Timepoint);
        Assert.Equal(TimePoint.PostHdc, R.Scans.Single(s => s.ScanId == "A6-hdc").Timepoint);
    }

    [Fact]
    public void Relapse_patterns_against_the_post_hdc_scan()
    {
        var pt = R.RelapseSites.Patterns!;
        Assert.Equal(RelapseReference.PostHdc, pt.Reference);
        Assert.Equal(["B1"], pt.PersistentOnly.Patients);
        Assert.Equal(["A1", "A3", "B2"], pt.WithClearedSites.Patients);
        Assert.Equal(["A2", "B3"], pt.WithNewSites.Patients);
        Assert.Equal(["B4"], pt.WithNonSkeletalSites.Patients);
        // Headline (progression after treatment): all five relapsed with a persistent or cleared segment → 5 of 5 at prior sites.
        Assert.Equal((5, 5), (R.RelapseSites.Relapses, R.RelapseSites.AtPriorSkeletalSites));
    }

    [Fact]
    public void Only_a_relapse_whose_every_site_persisted_is_preventable()
    {
        var lc = R.LocalControl!;
        Assert.Equal(0.67, lc.Probability);   // Casey et al., IJROBP 2018
        // Oligo: the ten persistent patients other than B4. EFS events among them: A1, A2, A3 (disease), A9 (death), B1, B2, B3 →
        // 7; preventable B1 alone, 0.67 expected → implied HR (7 − 0.67) / 7.
        var oligo = lc.Populations.Single(p => p.Population == "oligo");
        Assert.Equal((10, 7), (oligo.Patients, oligo.EfsEvents));
        Assert.Equal(["B1"], oligo.Preventable);
        Assert.Equal(0.67, oligo.ExpectedPrevented, 12);
        Assert.Equal((7 - 0.67) / 7, oligo.ImpliedHazardRatio!.Value, 12);
        // All eleven persistent: B4 adds an EFS event (8) but is not preventable (marrow) → (8 − 0.67) / 8.
        var all = lc.Populations.Single(p => p.Population == "persistent");
        Assert.Equal((11, 8), (all.Patients, all.EfsEvents));
        Assert.Equal(["B1"], all.Preventable);
        Assert.Equal((8 - 0.67) / 8, all.ImpliedHazardRatio!.Value, 12);
    }

    [Fact]
    public void Competing_risks_causes_per_patient()
    {
        // From the post-HDC scan: cause 1 = relapse at persistent sites only (B1), 2 = any other relapse or progression
        // (A1, A2, A3, B2, B3, B4), 3 = death without relapse (A9), 0 = censored (A5, A6, A7, A8, C1).
        var causes = R.CumulativeIncidence!.Data.ToDictionary(d => d.PatientId, d => d.Cause);
        Assert.Equal(1, causes["B1"]);
        Assert.All(new[] { "A1", "A2", "A3", "B2", "B3", "B4" }, id => Assert.Equal(2, causes[id]));
        Assert.Equal(3, causes["A9"]);
        Assert.All(new[] { "A5", "A6", "A7", "A8", "C1" }, id => Assert.Equal(0, causes[id]));
        Assert.False(causes.ContainsKey("A4"));   // excluded before the landmark
        // A relapse confined to persistent sites cannot happen among the cleared: no Gray's test of cause 1, one of any relapse.
        Assert.DoesNotContain(R.CumulativeIncidence.Tests, t => t.Cause == "1");
        Assert.Contains(R.CumulativeIncidence.Tests, t => t.Cause == "any_relapse");
    }
}

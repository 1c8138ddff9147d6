using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Core.Tests.Cohort;

/// <summary>
/// Groups of design/analysis.md step 3 on one-patient studies whose group is read off the definition by hand.
/// Standard dates in <see cref="HandStudy"/>: post-HDC scan 2010-08-15, end of treatment 2011-03-01.
/// </summary>
public class GroupRulesTests
{
    private static readonly int[] Dx = Seg(("skull", 2), ("spine", 4), ("pelvis", 3));   // total 9

    private static GroupAssignment Assign(HandStudy h)
    {
        var course = PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single();
        Assert.Null(Eligibility.FirstFailure(course, AnalysisPlan.Default.Eligibility));
        return GroupRules.Assign(course, AnalysisPlan.Default);
    }

    private static HandStudy Base(int[] postHdc) =>
        new HandStudy().Patient("P1").Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, postHdc);

    [Fact]
    public void Post_hdc_total_zero_is_cleared()
    {
        // post-HDC total 0 → cleared_after_hdc, whatever happens later (a relapse here).
        var a = Assign(Base(Zero).Event("P1", new DateOnly(2012, 1, 1), EventType.Relapse, "spine"));
        Assert.Equal(GroupCodes.ClearedAfterHdc, a.Group);
        Assert.False(a.Persistent);
    }

    [Fact]
    public void Event_after_post_hdc_scan_before_end_of_treatment_is_progression_during_maintenance()
    {
        var a = Assign(Base(Seg(("spine", 1))).Event("P1", new DateOnly(2010, 12, 1), EventType.Progression, "spine"));
        Assert.Equal(GroupCodes.ProgressionDuringMaintenance, a.Group);
        Assert.True(a.Persistent);
    }

    [Fact]
    public void Event_on_the_end_of_treatment_date_is_during_maintenance()
    {
        // "on or before end_of_treatment_date": the event on 2011-03-01 itself counts as during maintenance,
        // even with a positive end-of-treatment scan the same day.
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", Eot, EventType.Progression, "spine"));
        Assert.Equal(GroupCodes.ProgressionDuringMaintenance, a.Group);
    }

    [Fact]
    public void Event_after_end_of_treatment_with_positive_eot_scan_is_progression_after_treatment()
    {
        // EOT scan 2011-03-01 total 2 (> 0), relapse 2011-06-01 (after EOT, and 92 days after the scan, so the scan
        // stays the end-of-treatment scan: outside the ± 30-day progression window).
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 2)))
            .Event("P1", new DateOnly(2011, 6, 1), EventType.Relapse, "spine"));
        Assert.Equal(GroupCodes.ProgressionAfterTreatment, a.Group);
        Assert.Equal(new DateOnly(2011, 6, 1), a.FirstDiseaseEvent!.EventDate);
    }

    [Fact]
    public void Positive_eot_scan_without_later_disease_event_is_persistent_response()
    {
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1))));
        Assert.Equal(GroupCodes.PersistentResponse, a.Group);
    }

    [Fact]
    public void Negative_eot_scan_is_cr_at_end_of_treatment()
    {
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", new DateOnly(2011, 2, 20), Zero));
        Assert.Equal(GroupCodes.CrAtEndOfTreatment, a.Group);
    }

    [Fact]
    public void No_end_of_treatment_scan_is_not_evaluable()
    {
        var a = Assign(Base(Seg(("spine", 1))));
        Assert.Equal(GroupCodes.NotEvaluable, a.Group);
        Assert.Equal("no end-of-treatment scan", a.Reason);
    }

    [Fact]
    public void Pending_consensus_on_the_eot_scan_is_not_evaluable_and_named()
    {
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, consensus: null));
        Assert.Equal(GroupCodes.NotEvaluable, a.Group);
        Assert.Equal("end-of-treatment scan S-eot has no usable read (pending)", a.Reason);
    }

    [Fact]
    public void Death_without_progression_while_positive_at_end_of_treatment_is_its_own_outcome()
    {
        // Still positive at EOT, then died 2013 with no progression or relapse recorded: not a durable "persistent
        // response" (the patient is gone) and not a progression → death_without_progression (analysis.md step 3).
        var h = new HandStudy().Patient("P1", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2013, 5, 5), LastContactDate = new DateOnly(2013, 5, 5) })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2013, 5, 5), EventType.Death);
        var a = Assign(h);
        Assert.Equal(GroupCodes.DeathWithoutProgression, a.Group);
        Assert.Null(a.FirstDiseaseEvent);
    }

    [Fact]
    public void Death_during_maintenance_without_progression_is_death_without_progression()
    {
        // Died 2010-11-20 (e.g. treatment toxicity), before end of treatment, no disease event, no EOT scan:
        // formerly "not_evaluable (no end-of-treatment scan)"; the outcome is known, so it is its own group.
        var h = new HandStudy().Patient("P1", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2010, 11, 20), LastContactDate = new DateOnly(2010, 11, 20) })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1)));
        Assert.Equal(GroupCodes.DeathWithoutProgression, Assign(h).Group);
    }

    [Fact]
    public void Cr_at_end_of_treatment_then_death_stays_cr()
    {
        // EOT scan negative: the group is set by the EOT status (the seed's "4 reached a CR"); the later death shows
        // in EFS/OS, not in the group.
        var h = new HandStudy().Patient("P1", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2014, 1, 1), LastContactDate = new DateOnly(2014, 1, 1) })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Zero);
        Assert.Equal(GroupCodes.CrAtEndOfTreatment, Assign(h).Group);
    }

    [Fact]
    public void Persistent_response_needs_the_minimum_event_free_follow_up_after_end_of_treatment()
    {
        // Positive at EOT (2011-03-01), event-free, last contact 2012-09-01: 550 d / 365.25 = 1.5 years < the default 2
        // → too early to call the response durable → not_evaluable with the reason. Last contact 2013-03-02 (2.0 y) →
        // persistent_response.
        HandStudy Make(DateOnly last) => new HandStudy().Patient("P1", p => p with { LastContactDate = last })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)));
        var shortFu = Assign(Make(new DateOnly(2012, 9, 1)));
        Assert.Equal(GroupCodes.NotEvaluable, shortFu.Group);
        Assert.Equal("event-free follow-up after end of treatment 1.5 years, under the 2 years a persistent response needs", shortFu.Reason);
        Assert.Equal(GroupCodes.PersistentResponse, Assign(Make(new DateOnly(2013, 3, 2))).Group);
    }

    [Fact]
    public void Progression_with_no_end_of_treatment_date_is_progression_during_maintenance()
    {
        // Progressed 2010-12-01 during maintenance; treatment stopped, so end_of_treatment_date is blank. Real
        // patients who progress on treatment have no end-of-treatment date → progression_during_maintenance.
        var h = new HandStudy().Patient("P1", p => p with { EndOfTreatmentDate = null })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2010, 12, 1), EventType.Progression);
        Assert.Equal(GroupCodes.ProgressionDuringMaintenance, Assign(h).Group);
    }

    [Fact]
    public void No_end_of_treatment_date_and_no_event_is_not_evaluable()
    {
        // No EOT date, no event, alive: nothing says how treatment ended → not_evaluable, reason named.
        var h = new HandStudy().Patient("P1", p => p with { EndOfTreatmentDate = null })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1)));
        var a = Assign(h);
        Assert.Equal(GroupCodes.NotEvaluable, a.Group);
        Assert.Equal("no end_of_treatment_date", a.Reason);
    }

    [Fact]
    public void Disease_event_between_hdc_and_the_post_hdc_scan_is_its_own_flow_step()
    {
        // HDC 2010-06-10, progression 2010-07-01, post-HDC scan 2010-08-15: no post-HDC response to classify → excluded
        // at the flow step no_progression_before_post_hdc_scan (not as "no post-HDC scan", not not_evaluable).
        var h = Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2010, 7, 1), EventType.Progression);
        var course = PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single();
        var f = Eligibility.FirstFailure(course, AnalysisPlan.Default.Eligibility)!;
        Assert.Equal(Eligibility.ProgressionBeforePostHdcScanStep, f.Step);
        Assert.Equal("progression on 2010-07-01, after HDC (2010-06-10) and before the post-HDC scan (2010-08-15)", f.Reason);
    }

    [Fact]
    public void Disease_event_after_hdc_without_any_post_hdc_scan_is_the_same_flow_step()
    {
        // Progression 2010-07-20; the only later scan (2010-07-25) is the progression scan (progression window wins):
        // the post-HDC window ends at maintenance start + 30 = 2010-10-01 → same step, window end named.
        var h = new HandStudy().Patient("P1").Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-prog", new DateOnly(2010, 7, 25), Seg(("spine", 3)))
            .Event("P1", new DateOnly(2010, 7, 20), EventType.Progression);
        var f = Eligibility.FirstFailure(PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single(), AnalysisPlan.Default.Eligibility)!;
        Assert.Equal(Eligibility.ProgressionBeforePostHdcScanStep, f.Step);
        Assert.EndsWith("before any post-HDC scan (window end 2010-10-01)", f.Reason);
    }

    [Fact]
    public void A_relapse_found_by_the_end_of_treatment_work_up_is_progression_after_treatment()
    {
        // Relapse 2011-03-20 found by the EOT work-up scan of 2011-03-01 (19 days apart → the scan is the progression
        // scan, so there is no separate EOT scan). The event is after end_of_treatment_date and within the ± 60-day EOT
        // window: the EOT assessment found disease → progression_after_treatment (formerly not_evaluable).
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2011, 3, 20), EventType.Relapse));
        Assert.Equal(GroupCodes.ProgressionAfterTreatment, a.Group);
    }

    [Fact]
    public void Without_a_maintenance_date_the_post_hdc_window_ends_150_days_after_hdc()
    {
        // HDC 2010-06-10, no maintenance_start_date: window hdc+30 (2010-07-10) .. hdc+150 (2010-11-07).
        // A scan on 2010-11-07 is post-HDC; one on 2010-11-08 is not (follow-up), so that patient has no post-HDC scan.
        var ok = new HandStudy().Patient("P1", p => p with { MaintenanceStartDate = null })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", new DateOnly(2010, 11, 7), Seg(("spine", 1))).Build();
        Assert.Equal("S-hdc", PatientCourse.BuildAll(ok, AnalysisPlan.Default).Single().PostHdcScan?.ScanId);
        var late = new HandStudy().Patient("P1", p => p with { MaintenanceStartDate = null })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", new DateOnly(2010, 11, 8), Seg(("spine", 1))).Build();
        Assert.Null(PatientCourse.BuildAll(late, AnalysisPlan.Default).Single().PostHdcScan);
    }

    [Fact]
    public void Union_groups_contain_their_leaves()
    {
        Assert.Equal([GroupCodes.Persistent, GroupCodes.ProgressionDuringMaintenance, GroupCodes.Progressed],
            GroupCodes.Containing(GroupCodes.ProgressionDuringMaintenance));
        Assert.Equal([GroupCodes.Persistent, GroupCodes.PersistentAtEndOfTreatment, GroupCodes.ProgressionAfterTreatment, GroupCodes.Progressed],
            GroupCodes.Containing(GroupCodes.ProgressionAfterTreatment));
    }
}

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
    public void Death_without_progression_does_not_move_a_persistent_responder()
    {
        // Death is an EFS event but not a disease event: the group stays persistent_response.
        var h = new HandStudy().Patient("P1", p => p with { VitalStatus = "dead", DeathDate = new DateOnly(2013, 5, 5), LastContactDate = new DateOnly(2013, 5, 5) })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2013, 5, 5), EventType.Death);
        var a = Assign(h);
        Assert.Equal(GroupCodes.PersistentResponse, a.Group);
        Assert.Null(a.FirstDiseaseEvent);
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
    public void No_end_of_treatment_date_is_not_evaluable()
    {
        var h = new HandStudy().Patient("P1", p => p with { EndOfTreatmentDate = null })
            .Scan("P1", "S-dx", DxScanDate, Dx).Scan("P1", "S-hdc", PostHdcDate, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2010, 12, 1), EventType.Progression);
        var a = Assign(h);
        Assert.Equal(GroupCodes.NotEvaluable, a.Group);
        Assert.Equal("no end_of_treatment_date", a.Reason);
    }

    [Fact]
    public void Disease_event_before_the_post_hdc_scan_is_not_evaluable()
    {
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2010, 7, 1), EventType.Progression));
        Assert.Equal(GroupCodes.NotEvaluable, a.Group);
        Assert.StartsWith("progression on 2010-07-01, on or before the post-HDC scan", a.Reason);
    }

    [Fact]
    public void A_scan_within_30_days_of_a_relapse_is_the_progression_scan_not_the_eot_scan()
    {
        // Relapse 2011-03-20, scan 2011-03-01: 19 days apart → the progression window wins (TimePointAssigner
        // precedence), so the patient has no end-of-treatment scan and no disease event by EOT → not_evaluable.
        var a = Assign(Base(Seg(("spine", 1))).Scan("P1", "S-eot", Eot, Seg(("spine", 1)))
            .Event("P1", new DateOnly(2011, 3, 20), EventType.Relapse));
        Assert.Equal(GroupCodes.NotEvaluable, a.Group);
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

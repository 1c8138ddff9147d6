using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Core.Tests.Cohort;

/// <summary>Eligibility criteria of design/analysis.md at each boundary; the first criterion failed is reported.</summary>
public class EligibilityTests
{
    private static IneligibilityReason? Check(Func<Mibg.Core.Study.Patient, Mibg.Core.Study.Patient>? edit = null, int[]? dx = null, int[]? postHdc = null, bool postPending = false)
    {
        var h = new HandStudy().Patient("P1", edit).Scan("P1", "S-dx", DxScanDate, dx ?? Seg(("spine", 2)))
            .Scan("P1", "S-hdc", PostHdcDate, postPending ? null : postHdc ?? Zero);
        return Eligibility.FirstFailure(PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single(), AnalysisPlan.Default.Eligibility);
    }

    [Fact] public void Standard_patient_is_eligible() => Assert.Null(Check());

    [Fact]
    public void Stage_ms_is_excluded_at_the_stage_step() =>
        Assert.Equal(new IneligibilityReason("stage", "INRG stage MS"), Check(p => p with { InrgStage = "MS" }));

    [Fact]
    public void Inss_4_is_accepted_when_inrg_is_blank()
    {
        Assert.Null(Check(p => p with { InrgStage = "", InssStage = "4" }));
        Assert.Equal("stage", Check(p => p with { InrgStage = "", InssStage = "3" })!.Step);
    }

    [Fact]
    public void Age_must_be_over_365_days()
    {
        // "> 365": 365 days is excluded, 366 included.
        Assert.Equal(new IneligibilityReason("age", "age at diagnosis 365 days, not > 365"), Check(p => p with { AgeAtDiagnosisDays = 365 }));
        Assert.Null(Check(p => p with { AgeAtDiagnosisDays = 366 }));
    }

    [Fact]
    public void Diagnosis_period_is_inclusive_at_both_ends()
    {
        static Mibg.Core.Study.Patient At(Mibg.Core.Study.Patient p, DateOnly d) => p with { DiagnosisDate = d };
        // Dates moved with the scans' windows in mind: only the period criterion is under test, it comes before the scan.
        Assert.Equal("diagnosis_period", Check(p => At(p, new DateOnly(1999, 12, 31)))!.Step);
        Assert.NotEqual("diagnosis_period", Check(p => At(p, new DateOnly(2000, 1, 1)))?.Step);
        Assert.NotEqual("diagnosis_period", Check(p => At(p, new DateOnly(2020, 12, 31)))?.Step);
        Assert.Equal("diagnosis_period", Check(p => At(p, new DateOnly(2021, 1, 1)))!.Step);
    }

    [Fact]
    public void Negative_diagnosis_scan_is_excluded() =>
        Assert.Equal(new IneligibilityReason("positive_diagnosis_scan", "diagnosis scan S-dx SIOPEN total 0, not > 0"), Check(dx: Zero));

    [Fact]
    public void No_hdc_is_excluded() =>
        Assert.Equal("hdc_given", Check(p => p with { HdcDate = null, MaintenanceStartDate = null })!.Step);

    [Fact]
    public void Pending_post_hdc_consensus_is_excluded_and_named() =>
        Assert.Equal(new IneligibilityReason("post_hdc_scan_read", "post-HDC scan S-hdc has no usable read (pending)"), Check(postPending: true));

    [Fact]
    public void The_first_failed_criterion_is_reported()
    {
        // Stage MS and age 100 days: stage comes first in the flow.
        Assert.Equal("stage", Check(p => p with { InrgStage = "MS", AgeAtDiagnosisDays = 100 })!.Step);
    }
}

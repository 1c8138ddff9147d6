using Mibg.Core.Json;
using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Response;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// results.json <c>response</c> on a hand-made study: components from the assessments table and the nearest scan,
/// combined by INRC 2017 Table 5 (Park et al., JCO 2017); each expected answer worked beside it.
/// </summary>
public class ResponseHandStudyTests
{
    private static ResponseAssessment A(string id, DateOnly date, double? primary, bool? avid, double? marrow, double? soft) => new()
    {
        PatientId = id, AssessmentDate = date, PrimaryLongestDiameterMm = primary, PrimaryMibgAvid = avid, MarrowTumourPercent = marrow,
        SoftTissueMetastasesSumMm = soft,
    };

    private static StudyData Study()
    {
        var h = new HandStudy();
        h.Patient("A01").Scan("A01", "A01-dx", DxScanDate, Seg(("spine", 4), ("skull", 2))).Scan("A01", "A01-hdc", PostHdcDate, Seg(("spine", 2)));
        h.Patient("A02").Scan("A02", "A02-dx", DxScanDate, Seg(("spine", 3))).Scan("A02", "A02-hdc", PostHdcDate, Seg(("spine", 1)));
        h.Patient("A03").Scan("A03", "A03-dx", DxScanDate, Seg(("spine", 3))).Scan("A03", "A03-hdc", PostHdcDate, Seg(("spine", 3)));
        h.Patient("A04").Scan("A04", "A04-dx", DxScanDate, Seg(("spine", 3))).Scan("A04", "A04-hdc", PostHdcDate, Zero);
        // A05: skeletal CR after HDC, then the spine (positive at diagnosis) positive again a year later
        h.Patient("A05").Scan("A05", "A05-dx", DxScanDate, Seg(("spine", 3), ("pelvis", 3))).Scan("A05", "A05-hdc", PostHdcDate, Zero)
            .Scan("A05", "A05-later", Later, Seg(("spine", 1)));
        return h.Build() with
        {
            Assessments =
            [
                A("A01", DxScanDate, 60, true, 30, 0), A("A01", PostHdcDate, 8, false, 0, 0),
                A("A02", DxScanDate, 50, true, 10, 20), A("A02", PostHdcDate, 40, true, 4, 10),
                A("A03", DxScanDate, 40, true, 20, null), A("A03", new DateOnly(2010, 4, 20), 20, true, 5, null), A("A03", PostHdcDate, 26, true, null, null),
                A("A04", PostHdcDate, 10, false, 0, 0),   // no diagnosis assessment: no baseline, no response
                A("A05", DxScanDate, 30, true, 0, 0), A("A05", Later, 8, false, 0, 0),
            ],
        };
    }

    private static readonly DateOnly Later = new(2011, 8, 15);

    private static readonly IReadOnlyList<ResponseRow> Rows = StudyAnalysis.Run(Study(), AnalysisPlan.Default with { Published = null }).Response;

    private static ResponseRow Row(string id, string tp) => Rows.Single(r => r.PatientId == id && r.Timepoint.Code() == tp);

    [Fact]
    public void Complete_components_with_a_bone_PR_are_an_overall_PR()
    {
        // A01 post-HDC: primary 60 → 8 mm, mIBG-negative → CR; marrow 30% → 0 → CR; SIOPEN 6 → 2 (0.33 ≤ 0.5, no new site)
        // → bone PR, no soft-tissue metastasis at diagnosis or now → NI, metastases PR. CR + CR + PR → PR.
        var r = Row("A01", "post_hdc");
        Assert.Equal((InrcComponentResponse.CR, InrcComponentResponse.CR, InrcComponentResponse.PR, InrcOverallResponse.PR),
            (r.Primary, r.Marrow, r.Metastases, r.Overall));
        Assert.Equal("A01-hdc", r.ScanId);
    }

    [Fact]
    public void A_stable_primary_beside_responses_is_a_minor_response()
    {
        // A02 post-HDC: primary 50 → 40 (20% smaller) → SD; marrow 10% → 4% → MD; bone 3 → 1 (0.33) → PR, soft tissue
        // 20 → 10 mm (50% smaller, not < 10 mm) → PR, metastases PR. SD beside MD/PR → MR.
        var r = Row("A02", "post_hdc");
        Assert.Equal((InrcComponentResponse.SD, InrcComponentResponse.MD, InrcComponentResponse.PR, InrcOverallResponse.MR),
            (r.Primary, r.Marrow, r.Metastases, r.Overall));
    }

    [Fact]
    public void Growth_from_the_nadir_is_PD_even_with_a_component_not_assessed()
    {
        // A03 post-induction: 40 → 20 mm (50%) → PR; marrow 20% → 5% → MD; soft tissue never assessed → metastases
        // unknown → overall not evaluable (null).
        var induction = Row("A03", "post_induction");
        Assert.Equal((InrcComponentResponse.PR, InrcComponentResponse.MD, (InrcComponentResponse?)null, (InrcOverallResponse?)null),
            (induction.Primary, induction.Marrow, induction.Metastases, induction.Overall));
        // A03 post-HDC: nadir 20 → 26 mm: +30% and +6 mm → PD; marrow not assessed. Any PD → overall PD.
        var hdc = Row("A03", "post_hdc");
        Assert.Equal((InrcComponentResponse.PD, (InrcComponentResponse?)null, InrcOverallResponse.PD), (hdc.Primary, hdc.Marrow, hdc.Overall));
    }

    [Fact]
    public void Without_a_diagnosis_assessment_there_is_no_response() => Assert.DoesNotContain(Rows, r => r.PatientId == "A04");

    [Fact]
    public void A_study_without_assessments_has_an_empty_response_list()
    {
        var study = Study() with { Assessments = [] };
        Assert.Empty(StudyAnalysis.Run(study, AnalysisPlan.Default with { Published = null }).Response);
    }

    [Fact]
    public void A_bone_site_back_after_a_skeletal_CR_is_PD_judged_against_the_previous_scan()
    {
        // A05: diagnosis spine 3 + pelvis 3 (6); post-HDC scan 0 (skeletal CR); a year later spine 1. Against diagnosis
        // alone the spine is not new and 1/6 = 0.17 ≤ 0.5 would be a bone PR (overall PR with primary CR, marrow NI).
        // The analysis also judges the patient's last read scan before (post-HDC, 0 everywhere): the spine is a new
        // MIBG-avid bone site → metastases PD → overall PD (INRC 2017 Table 3 / Table 5; docs/domain.md).
        var r = Rows.Single(x => x.PatientId == "A05" && x.Date == Later);
        Assert.Equal("A05-later", r.ScanId);
        Assert.Equal((InrcComponentResponse.PD, InrcOverallResponse.PD), (r.Metastases, r.Overall));
    }
}

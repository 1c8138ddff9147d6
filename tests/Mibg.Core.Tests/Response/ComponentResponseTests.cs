using Mibg.Core.Response;
using Mibg.Core.Scoring;
using static Mibg.Core.Response.InrcComponentResponse;

namespace Mibg.Core.Tests.Response;

/// <summary>
/// INRC 2017 component responses (Park et al., J Clin Oncol 2017;35:2580, Tables 2–4), each expected answer
/// worked by hand from the wording beside it.
///
/// Sources quoted (what could be retrieved; the paper's tables themselves could not be — see docs/domain.md "INRC 2017"):
///   [abstract] Park et al. 2017, abstract (PMC5676955): "Bone marrow with ≤ 5% tumor involvement will be classified as
///       minimal disease."
///   [PDQ] NCI PDQ Neuroblastoma Treatment, Health Professional Version, "Revised International Neuroblastoma Response
///       Criteria (INRC)", which restates Park et al. 2017 (public domain):
///       CR  "less than 10 mm remaining on 3-D imaging of primary tumor … no histological tumor in two bone marrow
///           biopsies and two bone marrow aspirates"
///       PR  "30% or more decrease in longest diameter of primary site and at least 30% decrease in sum of diameters of
///           nonprimary soft tissue metastases … at least a 50% reduction in absolute MIBG bone score … bone marrow with
///           0% to 5% tumor; and no new lesions"
///       PD  "increase in longest diameter in any measurable soft tissue lesion by 20% with at least 5 mm absolute
///           increase; previous negative bone marrow now positive for at least 5% tumor or previous positive bone marrow
///           that increases twofold in tumor percentage and increases to more than 20% tumor … a new avid bone site; or
///           increase in relative MIBG score to at least 1.2"
/// Two boundaries read differently in the PDQ wording and in the code, both at an exact cut-off: (1) PD of size: PDQ
/// "by 20%" (RECIST 1.1: "at least a 20% increase"), the code > 20% (DiameterChange.ProgressionIncrease); (2) marrow
/// PD from a negative marrow: PDQ "at least 5%", the code > 5%, because the abstract classifies ≤ 5% as minimal disease,
/// so exactly 5% cannot also be PD. Both readings are stated in docs/domain.md.
/// </summary>
public class ComponentResponseTests
{
    // ---- Table 2: primary tumour, longest diameter (mm) against diagnosis and nadir ----

    [Theory]
    // [PDQ] CR "less than 10 mm remaining on 3-D imaging of primary tumor" with MIBG uptake resolved.
    // 60 → 8 mm, mIBG negative at the primary: < 10 mm residual and uptake resolved → CR.
    [InlineData(60, 60, 8, false, CR)]
    // 60 → 8 mm but still mIBG-avid: not CR; 8 ≤ 0.7 × 60 = 42 → PR.
    [InlineData(60, 60, 8, true, PR)]
    // 60 → 8 mm, uptake not recorded: CR needs both, so judged on size → PR.
    [InlineData(60, 60, 8, null, PR)]
    // Resected, 0 mm: no residual tumour → CR without an uptake reading.
    [InlineData(60, 60, 0, null, CR)]
    // [PDQ] PR "30% or more decrease in longest diameter of primary site".
    // 60 → 42 mm: exactly 30% smaller → PR (≥ 30%).
    [InlineData(60, 60, 42, true, PR)]
    // 60 → 43 mm: 28% smaller → SD.
    [InlineData(60, 60, 43, true, SD)]
    // [PDQ] PD "increase in longest diameter … by 20% with at least 5 mm absolute increase" (from the nadir, as RECIST).
    // nadir 20 → 25 mm: +25% (> 20%) and +5 mm (≥ 5) → PD, although smaller than at diagnosis.
    [InlineData(60, 20, 25, true, PD)]
    // nadir 20 → 24 mm: +20% is not > 20% → not PD; 24 ≤ 42 → PR against diagnosis. The one boundary case where the
    // code's "> 20%" and PDQ's "by 20%" / RECIST's "at least 20%" could differ (summary above).
    [InlineData(60, 20, 24, true, PR)]
    // nadir 100 → 124 mm: +24% (> 20%) and +24 mm (≥ 5) → PD.
    [InlineData(100, 100, 124, true, PD)]
    // nadir 10 → 14 mm: +40% but only 4 mm (< 5 mm minimum: [PDQ] "with at least 5 mm absolute increase") → not PD; 14 ≤ 0.7 × 100 → PR.
    [InlineData(100, 10, 14, true, PR)]
    // nadir 0 (resected) → 6 mm regrowth: ≥ 5 mm over a nadir of 0 → PD.
    [InlineData(60, 0, 6, true, PD)]
    // No primary measurable at diagnosis and none now → NI.
    [InlineData(0, 0, 0, null, NI)]
    public void Primary_tumour_table_2(double diagnosis, double nadir, double current, bool? avid, InrcComponentResponse expected) =>
        Assert.Equal(expected, PrimaryTumourResponse.Assess(diagnosis, nadir, current, avid));

    [Fact]
    public void Primary_measurements_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrimaryTumourResponse.Assess(-1, 0, 0, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrimaryTumourResponse.Assess(50, 40, double.NaN, null));
        Assert.Throws<ArgumentException>(() => PrimaryTumourResponse.Assess(50, 60, 40, null)); // nadir above baseline
    }

    // ---- Table 4: bone marrow, % tumour infiltration at entry and now ----

    [Theory]
    // [PDQ] CR "no histological tumor in two bone marrow biopsies and two bone marrow aspirates".
    [InlineData(40, 0, CR)]    // no infiltration now, independent of baseline → CR
    [InlineData(0, 0, NI)]     // not involved at entry, still not → NI
    // [PDQ] PD "previous negative bone marrow now positive for at least 5% tumor"; [abstract] "≤ 5% tumor involvement
    // will be classified as minimal disease": 6% is PD under both; exactly 5% is MD by the abstract (summary above).
    [InlineData(0, 6, PD)]     // none at entry, > 5% now → PD
    [InlineData(0, 5, MD)]     // none at entry, ≤ 5% now → MD
    // [PDQ] PD "previous positive bone marrow that increases twofold in tumor percentage and increases to more than 20% tumor".
    [InlineData(10, 21, PD)]   // > 2-fold (21 > 20) and > 20% → PD
    [InlineData(10, 20, SD)]   // exactly 2-fold and not > 20% → not PD; > 5% → SD
    [InlineData(15, 25, SD)]   // > 20% but not > 2-fold (25 < 30) → SD
    // [abstract] "≤ 5% tumor involvement … minimal disease"; [PDQ] PR allows "bone marrow with 0% to 5% tumor".
    [InlineData(3, 4, MD)]     // ≤ 5% at entry, > 0–≤ 5% now → MD (row 1)
    [InlineData(50, 5, MD)]    // > 20% at entry, > 0–≤ 5% now → MD (row 3)
    [InlineData(10, 2, MD)]    // > 5–20% at entry, ≤ 5% now: not listed, read as MD (domain.md)
    [InlineData(30, 10, SD)]   // still > 5%, not PD → SD
    [InlineData(3, 8, SD)]     // infiltrated at entry, > 5% now, not > 20% → SD (Table 4's PD needs > 20%)
    public void Bone_marrow_table_4(double baseline, double current, InrcComponentResponse expected) =>
        Assert.Equal(expected, MarrowResponse.Assess(baseline, current));

    [Fact]
    public void Marrow_percent_outside_0_100_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarrowResponse.Assess(101, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarrowResponse.Assess(10, -0.5));
    }

    // ---- Table 3: metastases = mIBG bone response + soft tissue (RECIST sum) ----

    [Theory]
    [InlineData(0, 0, 0, 0, NI)]      // no soft-tissue metastasis at entry or now → NI
    [InlineData(30, 30, 0, 0, CR)]    // all gone, no mIBG-avid soft tissue → CR
    // [PDQ] CR: "resolution of MIBG uptake … in any location of soft tissue or bone"; PR "at least 30% decrease in sum
    // of diameters of nonprimary soft tissue metastases (soft tissue sites may still be avid)".
    [InlineData(30, 30, 8, 0, CR)]    // < 10 mm and not avid → CR
    [InlineData(30, 30, 8, 1, PR)]    // < 10 mm but still avid → not CR; 8 ≤ 21 → PR
    [InlineData(30, 30, 25, 1, SD)]   // 17% smaller → SD
    [InlineData(30, 10, 16, 1, PD)]   // nadir 10 → 16: +60%, +6 mm → PD
    // [PDQ] PD "any new soft tissue lesion that is MIBG (or 18F-FDG PET) avid".
    [InlineData(0, 0, 4, 1, PD)]      // a new mIBG-avid soft-tissue lesion (4 mm) → PD
    public void Soft_tissue_table_3(double diagnosis, double nadir, double current, int avid, InrcComponentResponse expected) =>
        Assert.Equal(expected, MetastaticResponse.SoftTissue(diagnosis, nadir, current, avid));

    [Theory]
    [InlineData(CR, NI, CR)]   // bone CR, no soft tissue → CR
    [InlineData(PR, NI, PR)]
    [InlineData(NI, PR, PR)]
    // [PDQ] PR needs "at least 30% decrease in sum of diameters of nonprimary soft tissue metastases … and at least a
    // 50% reduction in absolute MIBG bone score".
    [InlineData(PR, PR, PR)]   // Table 3 PR needs both: ≥ 30% soft-tissue decrease and ≥ 50% mIBG reduction
    [InlineData(CR, SD, SD)]   // soft tissue not reduced by 30% → not PR → SD
    [InlineData(PR, SD, SD)]
    [InlineData(CR, PD, PD)]   // any part PD → PD
    [InlineData(PD, CR, PD)]
    [InlineData(NI, NI, NI)]
    public void Metastases_combine_bone_and_soft_tissue(InrcComponentResponse bone, InrcComponentResponse soft, InrcComponentResponse expected) =>
        Assert.Equal(expected, MetastaticResponse.Combine(bone, soft));

    [Fact]
    public void Bone_part_is_the_mibg_response_or_NI_when_never_involved()
    {
        var zero = SiopenScore.Zero;
        var diagnosis = new SiopenScore([4, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);      // total 8
        // [PDQ] PR "at least a 50% reduction in absolute MIBG bone score"; PD "a new avid bone site".
        var now = new SiopenScore([2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);            // total 3: 3/8 ≤ 0.5 → PR
        Assert.Equal(PR, MetastaticResponse.Bone(BoneResponseAssessment.Assess(now, diagnosis), 8, 3));
        // No skeletal site at diagnosis and none now: not involved (not a CR from nothing).
        Assert.Equal(NI, MetastaticResponse.Bone(BoneResponseAssessment.Assess(zero, zero), 0, 0));
        // No skeletal site at diagnosis, one now: a new mIBG-avid bone site → PD.
        var newSite = new SiopenScore([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
        Assert.Equal(PD, MetastaticResponse.Bone(BoneResponseAssessment.Assess(newSite, zero), 0, 1));
    }

    [Fact]
    public void A_worked_patient_from_components_to_overall()
    {
        // Diagnosis: primary 80 mm, marrow 30%, SIOPEN 8, no soft-tissue metastasis.
        // After induction: primary 50 mm (37.5% smaller → PR), marrow 4% (> 20% → ≤ 5% → MD),
        // SIOPEN 6 (6/8 = 0.75 → SD) → metastases SD. A responding component beside an SD → MR.
        var primary = PrimaryTumourResponse.Assess(80, 80, 50, true);
        var marrow = MarrowResponse.Assess(30, 4);
        var bone = MetastaticResponse.Bone(BoneResponseAssessment.Assess(
            new SiopenScore([2, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]), new SiopenScore([4, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0])), 8, 6);
        var metastases = MetastaticResponse.Combine(bone, MetastaticResponse.SoftTissue(0, 0, 0, 0));
        Assert.Equal((PR, MD, SD), (primary, marrow, metastases));
        Assert.Equal(InrcOverallResponse.MR, InrcOverall.Combine(primary, marrow, metastases));
    }
}

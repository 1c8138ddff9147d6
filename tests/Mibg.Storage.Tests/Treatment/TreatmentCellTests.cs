using Mibg.Core.Study;
using Mibg.Core.TimePoints;
using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Treatment;

/// <summary>
/// The radiotherapy and assessments tables and the biology columns of patients (docs/data-dictionary.md): every new
/// column broken one rule at a time, in a CSV folder and in an .xlsx workbook; the reader must report exactly the one
/// expected diagnostic — file, spreadsheet row, column and code — and nothing else.
/// </summary>
public class TreatmentCellTests
{
    private sealed record Expected(string Table, int? Row, string? Column, string Code);

    private sealed record Case(Action<TestStudy> Break, Expected Diagnostic);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // radiotherapy
        ["rt unknown patient"] = new(s => s.Set("radiotherapy", 2, "patient_id", "P9"), new("radiotherapy", 2, "patient_id", "UNKNOWN_PATIENT")),
        ["rt patient missing"] = new(s => s.Set("radiotherapy", 3, "patient_id", null), new("radiotherapy", 3, "patient_id", "MISSING_REQUIRED")),
        ["rt start missing"] = new(s => s.Set("radiotherapy", 2, "start_date", null), new("radiotherapy", 2, "start_date", "MISSING_REQUIRED")),
        ["rt start day-first"] = new(s => s.Set("radiotherapy", 2, "start_date", "10/08/2015"), new("radiotherapy", 2, "start_date", "BAD_DATE")),
        ["rt start in the future"] = new(s => s.Set("radiotherapy", 4, "start_date", "2030-01-01"), new("radiotherapy", 4, "start_date", "FUTURE_DATE")),
        ["rt end before start"] = new(s => s.Set("radiotherapy", 2, "end_date", "2015-08-01"), new("radiotherapy", 2, "end_date", "DATE_ORDER")),
        ["rt start before diagnosis"] = new(s => s.Set("radiotherapy", 4, "start_date", "2016-01-01"), new("radiotherapy", 4, "start_date", "OUTSIDE_FOLLOW_UP")),
        ["rt start after last contact"] = new(s => s.Set("radiotherapy", 4, "start_date", "2018-06-01"), new("radiotherapy", 4, "start_date", "OUTSIDE_FOLLOW_UP")),
        ["rt end after last contact"] = new(s => s.Set("radiotherapy", 4, "end_date", "2018-06-01"), new("radiotherapy", 4, "end_date", "OUTSIDE_FOLLOW_UP")),
        ["rt target boost"] = new(s => s.Set("radiotherapy", 2, "target", "boost"), new("radiotherapy", 2, "target", "BAD_CODE")),
        ["rt target upper case"] = new(s => s.Set("radiotherapy", 3, "target", "Primary"), new("radiotherapy", 3, "target", "BAD_CODE")),
        ["rt target missing"] = new(s => s.Set("radiotherapy", 2, "target", null), new("radiotherapy", 2, "target", "MISSING_REQUIRED")),
        ["rt metastasis without sites"] = new(s => s.Set("radiotherapy", 2, "sites", null), new("radiotherapy", 2, "sites", "SITES_REQUIRED")),
        ["rt primary with sites"] = new(s => s.Set("radiotherapy", 3, "sites", "spine"), new("radiotherapy", 3, "sites", "SITES_REQUIRED")),
        ["rt site femur"] = new(s => s.Set("radiotherapy", 2, "sites", "spine;femur"), new("radiotherapy", 2, "sites", "BAD_SITE")),
        ["rt site bone marrow"] = new(s => s.Set("radiotherapy", 2, "sites", "bone_marrow"), new("radiotherapy", 2, "sites", "BAD_SITE")),
        ["rt site twice"] = new(s => s.Set("radiotherapy", 2, "sites", "spine;spine"), new("radiotherapy", 2, "sites", "BAD_SITE")),
        ["rt dose in cGy"] = new(s => s.Set("radiotherapy", 2, "dose_gy", "2160"), new("radiotherapy", 2, "dose_gy", "VALUE_RANGE")),
        ["rt dose below 1 Gy"] = new(s => s.Set("radiotherapy", 2, "dose_gy", "0.5"), new("radiotherapy", 2, "dose_gy", "VALUE_RANGE")),
        ["rt dose decimal comma"] = new(s => s.Set("radiotherapy", 3, "dose_gy", "21,6"), new("radiotherapy", 3, "dose_gy", "BAD_NUMBER")),
        ["rt dose text"] = new(s => s.Set("radiotherapy", 3, "dose_gy", "21.6 Gy"), new("radiotherapy", 3, "dose_gy", "BAD_NUMBER")),
        ["rt fractions 0"] = new(s => s.Set("radiotherapy", 2, "fractions", "0"), new("radiotherapy", 2, "fractions", "VALUE_RANGE")),
        ["rt fractions 41"] = new(s => s.Set("radiotherapy", 2, "fractions", "41"), new("radiotherapy", 2, "fractions", "VALUE_RANGE")),
        ["rt fractions 1.5"] = new(s => s.Set("radiotherapy", 2, "fractions", "1.5"), new("radiotherapy", 2, "fractions", "BAD_INTEGER")),
        // 21.6 Gy in 40 fractions = 0.54 Gy per fraction: below 0.8 Gy, a slip in dose or fractions
        ["rt dose per fraction too low"] = new(s => s.Set("radiotherapy", 2, "fractions", "40"), new("radiotherapy", 2, "fractions", "VALUE_RANGE")),
        // 60 Gy in 2 fractions = 30 Gy per fraction: above 20 Gy
        ["rt dose per fraction too high"] = new(s => s.Set("radiotherapy", 4, "dose_gy", "60").Set("radiotherapy", 4, "fractions", "2"), new("radiotherapy", 4, "fractions", "VALUE_RANGE")),
        ["rt duplicate course"] = new(s => s.CopyRow("radiotherapy", 2), new("radiotherapy", 5, "start_date", "DUPLICATE_ROW")),
        ["rt missing column target"] = new(s => s.RemoveColumn("radiotherapy", "target"), new("radiotherapy", 1, "target", "MISSING_COLUMN")),
        ["rt unknown column"] = new(s => s.AddColumn("radiotherapy", "technique", "IMRT"), new("radiotherapy", 1, "technique", "UNKNOWN_COLUMN")),
        // assessments
        ["as unknown patient"] = new(s => s.Set("assessments", 3, "patient_id", "P7"), new("assessments", 3, "patient_id", "UNKNOWN_PATIENT")),
        ["as date missing"] = new(s => s.Set("assessments", 2, "assessment_date", null), new("assessments", 2, "assessment_date", "MISSING_REQUIRED")),
        ["as date impossible"] = new(s => s.Set("assessments", 2, "assessment_date", "2015-02-30"), new("assessments", 2, "assessment_date", "BAD_DATE")),
        ["as date before diagnosis"] = new(s => s.Set("assessments", 4, "assessment_date", "2016-01-15"), new("assessments", 4, "assessment_date", "OUTSIDE_FOLLOW_UP")),
        ["as date in the future"] = new(s => s.Set("assessments", 4, "assessment_date", "2026-01-15"), new("assessments", 4, "assessment_date", "FUTURE_DATE")),
        ["as timepoint baseline"] = new(s => s.Set("assessments", 2, "timepoint", "baseline"), new("assessments", 2, "timepoint", "BAD_CODE")),
        ["as diameter negative"] = new(s => s.Set("assessments", 2, "primary_longest_diameter_mm", "-1"), new("assessments", 2, "primary_longest_diameter_mm", "VALUE_RANGE")),
        ["as diameter in cm slip"] = new(s => s.Set("assessments", 2, "primary_longest_diameter_mm", "625"), new("assessments", 2, "primary_longest_diameter_mm", "VALUE_RANGE")),
        ["as diameter text"] = new(s => s.Set("assessments", 3, "primary_longest_diameter_mm", "small"), new("assessments", 3, "primary_longest_diameter_mm", "BAD_NUMBER")),
        ["as avid maybe"] = new(s => s.Set("assessments", 2, "primary_mibg_avid", "maybe"), new("assessments", 2, "primary_mibg_avid", "BAD_CODE")),
        ["as marrow above 100"] = new(s => s.Set("assessments", 2, "marrow_tumour_percent", "120"), new("assessments", 2, "marrow_tumour_percent", "VALUE_RANGE")),
        ["as marrow with percent sign"] = new(s => s.Set("assessments", 2, "marrow_tumour_percent", "5%"), new("assessments", 2, "marrow_tumour_percent", "BAD_NUMBER")),
        ["as soft tissue negative"] = new(s => s.Set("assessments", 4, "soft_tissue_metastases_sum_mm", "-3"), new("assessments", 4, "soft_tissue_metastases_sum_mm", "VALUE_RANGE")),
        ["as soft tissue huge"] = new(s => s.Set("assessments", 4, "soft_tissue_metastases_sum_mm", "1500"), new("assessments", 4, "soft_tissue_metastases_sum_mm", "VALUE_RANGE")),
        ["as duplicate date"] = new(s => s.Set("assessments", 3, "assessment_date", "2015-01-12"), new("assessments", 3, "assessment_date", "DUPLICATE_ROW")),
        ["as missing column assessment_date"] = new(s => s.RemoveColumn("assessments", "assessment_date"), new("assessments", 1, "assessment_date", "MISSING_COLUMN")),
        // patients: biology
        ["chr_11q deleted"] = new(s => s.Set("patients", 2, "chr_11q", "deleted"), new("patients", 2, "chr_11q", "BAD_CODE")),
        ["chr_1p upper case"] = new(s => s.Set("patients", 3, "chr_1p", "Loss"), new("patients", 3, "chr_1p", "BAD_CODE")),
        ["alk positive"] = new(s => s.Set("patients", 2, "alk", "positive"), new("patients", 2, "alk", "BAD_CODE")),
        ["histology US spelling"] = new(s => s.Set("patients", 3, "histology", "favorable"), new("patients", 3, "histology", "BAD_CODE")),
        ["primary site kidney"] = new(s => s.Set("patients", 2, "primary_site", "kidney"), new("patients", 2, "primary_site", "BAD_CODE")),
        ["ldh zero"] = new(s => s.Set("patients", 2, "ldh_u_per_l", "0"), new("patients", 2, "ldh_u_per_l", "VALUE_RANGE")),
        ["ldh above 50000"] = new(s => s.Set("patients", 3, "ldh_u_per_l", "60000"), new("patients", 3, "ldh_u_per_l", "VALUE_RANGE")),
        ["ldh text"] = new(s => s.Set("patients", 2, "ldh_u_per_l", "high"), new("patients", 2, "ldh_u_per_l", "BAD_NUMBER")),
    };

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases.Keys)
            foreach (var kind in new[] { "csv", "xlsx" })
                data.Add(name, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Each_broken_rule_is_reported_at_its_file_row_and_column(string name, string kind)
    {
        var c = Cases[name];
        var study = TreatmentTestStudy.Create();
        c.Break(study);
        using var folder = new TempFolder();
        var result = StudyReader.Read(study.Write(kind, folder), new StudyReadOptions { Today = TestStudy.Today });

        var e = c.Diagnostic;
        var expected = new[] { (TestStudy.Label(kind, e.Table), e.Row, e.Column, e.Code) };
        Assert.Equal(expected, result.Diagnostics.Select(d => (d.File, d.Row, d.Column, d.Code)).ToArray());
        var isWarning = e.Code == "UNKNOWN_COLUMN";
        Assert.Equal(!isWarning, result.HasErrors);
        Assert.Equal(isWarning, result.Study is not null);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void The_valid_tables_read_without_diagnostics_and_with_their_values(string kind)
    {
        using var folder = new TempFolder();
        var result = StudyReader.Read(TreatmentTestStudy.Create().Write(kind, folder), new StudyReadOptions { Today = TestStudy.Today });
        Assert.Empty(result.Diagnostics);
        var study = result.Study!;
        Assert.Equal(3, study.Radiotherapy.Count);
        var spine = study.Radiotherapy[0];
        Assert.Equal((RadiotherapyTarget.Metastasis, 21.6, 12), (spine.Target, spine.DoseGy!.Value, spine.Fractions!.Value));
        Assert.Equal(["spine", "skull"], spine.Sites);
        Assert.True(spine.Covers("skull"));
        Assert.False(study.Radiotherapy[1].Covers("spine"));   // a primary course covers no skeletal segment
        Assert.Null(study.Radiotherapy[2].EndDate);
        var dx = study.Assessments[0];
        Assert.Equal((TimePoint.Diagnosis, 62.5, true, 30.0, 0.0), (dx.TimePoint!.Value, dx.PrimaryLongestDiameterMm!.Value, dx.PrimaryMibgAvid!.Value, dx.MarrowTumourPercent!.Value, dx.SoftTissueMetastasesSumMm!.Value));
        Assert.Null(study.Assessments[2].MarrowTumourPercent);   // blank = not assessed
        var p1 = study.Patients[0];
        Assert.Equal((ChromosomeArmStatus.Loss, ChromosomeArmStatus.NoLoss, AlkStatus.WildType, InpcHistology.Unfavourable, PrimarySite.Adrenal, 850.0),
            (p1.Chr11q!.Value, p1.Chr1p!.Value, p1.Alk!.Value, p1.Histology!.Value, p1.PrimarySite!.Value, p1.LdhUPerL!.Value));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void A_study_without_the_optional_tables_still_reads(string kind)
    {
        using var folder = new TempFolder();
        var result = StudyReader.Read(new TestStudy().Write(kind, folder), new StudyReadOptions { Today = TestStudy.Today });
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Study!.Radiotherapy);
        Assert.Empty(result.Study.Assessments);
    }

    [Fact]
    public void Patients_radiotherapy_date_is_still_read_as_a_primary_course()
    {
        // An old study: one radiotherapy_date on patients and no radiotherapy table.
        var s = new TestStudy().AddColumn("patients", "radiotherapy_date", "2015-07-20", null);
        using var folder = new TempFolder();
        var study = StudyReader.Read(s.Write("csv", folder), new StudyReadOptions { Today = TestStudy.Today }).Study!;
        var course = Assert.Single(StudyRadiotherapy.Courses(study));
        Assert.Equal(("P1", new DateOnly(2015, 7, 20), RadiotherapyTarget.Primary), (course.PatientId, course.StartDate, course.Target));
        Assert.Null(course.DoseGy);
        // Beside a radiotherapy table whose primary course starts that day, it is not counted twice.
        var both = TreatmentTestStudy.Create().AddColumn("patients", "radiotherapy_date", "2015-07-20", null);
        using var folder2 = new TempFolder();
        var study2 = StudyReader.Read(both.Write("csv", folder2), new StudyReadOptions { Today = TestStudy.Today }).Study!;
        Assert.Equal(3, StudyRadiotherapy.Courses(study2).Count);
    }
}

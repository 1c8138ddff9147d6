using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Reading;

/// <summary>
/// One rule of design/data-dictionary.md broken at a time, in a CSV folder and in an .xlsx workbook: the reader
/// must report exactly the expected diagnostics — file, spreadsheet row, column and code — and nothing else.
/// </summary>
public class MalformedCellTests
{
    private sealed record Expected(string Table, int? Row, string? Column, string Code);

    private sealed record Case(Action<TestStudy> Break, Expected Diagnostic);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // reads
        ["siopen score 7"] = new(s => s.Set("reads", 2, "siopen_spine", "7"), new("reads", 2, "siopen_spine", "SCORE_RANGE")),
        ["siopen score -1"] = new(s => s.Set("reads", 4, "siopen_skull", "-1"), new("reads", 4, "siopen_skull", "SCORE_RANGE")),
        ["siopen score empty"] = new(s => s.Set("reads", 3, "siopen_pelvis", null), new("reads", 3, "siopen_pelvis", "MISSING_REQUIRED")),
        ["siopen score 2.5"] = new(s => s.Set("reads", 5, "siopen_pelvis", "2.5"), new("reads", 5, "siopen_pelvis", "BAD_INTEGER")),
        ["siopen decimal comma"] = new(s => s.Set("reads", 6, "siopen_left_lower_limb_distal", "0,5"), new("reads", 6, "siopen_left_lower_limb_distal", "BAD_INTEGER")),
        ["read of unknown scan"] = new(s => s.Set("reads", 6, "scan_id", "S9"), new("reads", 6, "scan_id", "UNKNOWN_SCAN")),
        ["second read by same reader"] = new(s => s.Set("reads", 3, "reader", "R1"), new("reads", 3, "reader", "DUPLICATE_READ")),
        ["negative soft tissue"] = new(s => s.Set("reads", 2, "soft_tissue", "-2"), new("reads", 2, "soft_tissue", "NEGATIVE_VALUE")),
        ["read date in the future"] = new(s => s.Set("reads", 4, "read_date", "2030-01-01"), new("reads", 4, "read_date", "FUTURE_DATE")),
        ["reader missing"] = new(s => s.Set("reads", 5, "reader", null), new("reads", 5, "reader", "MISSING_REQUIRED")),
        ["curie partly filled"] = new(s => s.Set("reads", 2, "curie_head", "1"), new("reads", 2, "curie_cervicothoracic_spine", "CURIE_INCOMPLETE")),
        ["curie score 4"] = new(s => { foreach (var c in new[] { "curie_head", "curie_cervicothoracic_spine", "curie_ribs_sternum", "curie_lumbosacral_spine", "curie_pelvis", "curie_upper_arms", "curie_forearms_hands", "curie_thighs", "curie_lower_legs_feet", "curie_soft_tissue" }) s.Set("reads", 3, c, "1"); s.Set("reads", 3, "curie_pelvis", "4"); },
            new("reads", 3, "curie_pelvis", "SCORE_RANGE")),
        // patients
        ["duplicate patient"] = new(s => s.CopyRow("patients", 2), new("patients", 4, "patient_id", "DUPLICATE_ID")),
        ["sex male"] = new(s => s.Set("patients", 2, "sex", "male"), new("patients", 2, "sex", "BAD_CODE")),
        ["sex lower case"] = new(s => s.Set("patients", 3, "sex", "f"), new("patients", 3, "sex", "BAD_CODE")),
        ["inrg stage 4"] = new(s => s.Set("patients", 2, "inrg_stage", "4"), new("patients", 2, "inrg_stage", "BAD_CODE")),
        ["day-first date"] = new(s => s.Set("patients", 2, "diagnosis_date", "10/01/2015"), new("patients", 2, "diagnosis_date", "BAD_DATE")),
        ["impossible date"] = new(s => s.Set("patients", 3, "induction_end_date", "2016-02-30"), new("patients", 3, "induction_end_date", "BAD_DATE")),
        ["last contact missing"] = new(s => s.Set("patients", 2, "last_contact_date", null), new("patients", 2, "last_contact_date", "MISSING_REQUIRED")),
        ["negative age"] = new(s => s.Set("patients", 2, "age_at_diagnosis_days", "-5"), new("patients", 2, "age_at_diagnosis_days", "NEGATIVE_VALUE")),
        ["no age and no birth date"] = new(s => s.Set("patients", 3, "age_at_diagnosis_days", null), new("patients", 3, "age_at_diagnosis_days", "MISSING_REQUIRED")),
        ["hdc before induction end"] = new(s => s.Set("patients", 2, "hdc_date", "2015-04-01"), new("patients", 2, "hdc_date", "DATE_ORDER")),
        ["treatment before diagnosis"] = new(s => s.Set("patients", 2, "induction_end_date", "2014-12-01"), new("patients", 2, "induction_end_date", "DATE_ORDER")),
        ["end of treatment after last contact"] = new(s => s.Set("patients", 2, "end_of_treatment_date", "2021-01-01"), new("patients", 2, "end_of_treatment_date", "DATE_ORDER")),
        ["death date differs from last contact"] = new(s => s.Set("patients", 3, "death_date", "2018-05-04"), new("patients", 3, "death_date", "DEATH_DATE_MISMATCH")),
        ["death date of a living patient"] = new(s => s.Set("patients", 2, "death_date", "2019-01-01"), new("patients", 2, "death_date", "DEATH_DATE_WHEN_ALIVE")),
        ["dead without death date"] = new(s => s.Set("patients", 3, "death_date", null), new("patients", 3, "death_date", "MISSING_REQUIRED")),
        ["last contact in the future"] = new(s => s.Set("patients", 2, "last_contact_date", "2030-06-01"), new("patients", 2, "last_contact_date", "FUTURE_DATE")),
        ["vital status unknown"] = new(s => s.Set("patients", 2, "vital_status", "lost"), new("patients", 2, "vital_status", "BAD_CODE")),
        ["age disagrees with birth date"] = new(s => s.AddColumn("patients", "birth_date", "2011-10-01", null), new("patients", 2, "age_at_diagnosis_days", "AGE_MISMATCH")),
        ["birth after diagnosis"] = new(s => s.AddColumn("patients", "birth_date", "2015-02-01", null), new("patients", 2, "birth_date", "DATE_ORDER")),
        // scans
        ["scan before diagnosis"] = new(s => s.Set("scans", 2, "scan_date", "2014-01-01"), new("scans", 2, "scan_date", "OUTSIDE_FOLLOW_UP")),
        ["scan of unknown patient"] = new(s => s.Set("scans", 4, "patient_id", "P9"), new("scans", 4, "patient_id", "UNKNOWN_PATIENT")),
        ["timepoint baseline"] = new(s => s.Set("scans", 3, "timepoint", "baseline"), new("scans", 3, "timepoint", "BAD_CODE")),
        ["tracer mibg"] = new(s => s.Set("scans", 2, "tracer", "MIBG"), new("scans", 2, "tracer", "BAD_CODE")),
        ["duplicate scan id"] = new(s => s.CopyRow("scans", 2), new("scans", 5, "scan_id", "DUPLICATE_ID")),
        ["scan date missing"] = new(s => s.Set("scans", 3, "scan_date", null), new("scans", 3, "scan_date", "MISSING_REQUIRED")),
        ["timepoint outside its window"] = new(s => s.Set("scans", 3, "timepoint", "end_of_treatment"), new("scans", 3, "timepoint", "TIMEPOINT_WINDOW")),
        // events
        ["event type recurrence"] = new(s => s.Set("events", 2, "event_type", "recurrence"), new("events", 2, "event_type", "BAD_CODE")),
        ["event site liver"] = new(s => s.Set("events", 2, "sites", "spine;liver"), new("events", 2, "sites", "BAD_SITE")),
        ["event of unknown patient"] = new(s => s.Set("events", 2, "patient_id", "P7"), new("events", 2, "patient_id", "UNKNOWN_PATIENT")),
        ["event after last contact"] = new(s => s.Set("events", 2, "event_date", "2019-01-01"), new("events", 2, "event_date", "OUTSIDE_FOLLOW_UP")),
        ["death event on another day"] = new(s => s.Set("events", 3, "event_date", "2018-05-01"), new("events", 3, "event_date", "DEATH_EVENT_MISMATCH")),
        ["death event of a living patient"] = new(s => s.Set("events", 2, "patient_id", "P1").Set("events", 2, "event_type", "death"), new("events", 2, "event_type", "DEATH_EVENT_MISMATCH")),
        ["event date missing"] = new(s => s.Set("events", 3, "event_date", null), new("events", 3, "event_date", "MISSING_REQUIRED")),
        // headers
        ["duplicate header"] = new(s => s.AddColumn("patients", "Sex", "M", "F"), new("patients", 1, "sex", "DUPLICATE_HEADER")),
        ["missing column scan_date"] = new(s => s.RemoveColumn("scans", "scan_date"), new("scans", 1, "scan_date", "MISSING_COLUMN")),
        ["missing column siopen_spine"] = new(s => s.RemoveColumn("reads", "siopen_spine"), new("reads", 1, "siopen_spine", "MISSING_COLUMN")),
        ["missing column curie_thighs"] = new(s => s.RemoveColumn("reads", "curie_thighs"), new("reads", 1, "curie_thighs", "MISSING_COLUMN")),
        ["unknown column warned once"] = new(s => s.AddColumn("scans", "camera", "GE", "GE", "Siemens"), new("scans", 1, "camera", "UNKNOWN_COLUMN")),
        ["values under an empty header"] = new(s => s.AddColumn("events", "", "x"), new("events", 1, "column 6", "EMPTY_HEADER")),
        ["huge cell"] = new(s => s.Set("reads", 4, "comment", new string('x', 40_000)), new("reads", 4, "comment", "CELL_TOO_LONG")),
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
        var study = new TestStudy();
        c.Break(study);
        using var folder = new TempFolder();
        var result = StudyReader.Read(study.Write(kind, folder), new StudyReadOptions { Today = TestStudy.Today });

        var e = c.Diagnostic;
        var expected = new[] { (TestStudy.Label(kind, e.Table), e.Row, e.Column, e.Code) };
        var actual = result.Diagnostics.Select(d => (d.File, d.Row, d.Column, d.Code)).ToArray();
        Assert.Equal(expected, actual);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("Exception", d.Message, StringComparison.Ordinal));
        var isWarning = e.Code is "UNKNOWN_COLUMN" or "TIMEPOINT_WINDOW";
        Assert.Equal(!isWarning, result.HasErrors);
        Assert.Equal(isWarning, result.Study is not null);
    }
}

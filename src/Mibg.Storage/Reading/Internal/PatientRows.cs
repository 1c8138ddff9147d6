using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>The <c>patients</c> table: cell rules and the consistency rules of design/data-dictionary.md.</summary>
internal static class PatientRows
{
    /// <summary>Treatment dates in course order; each must lie between diagnosis and last contact.</summary>
    private static readonly string[] TreatmentDates =
        ["induction_end_date", "hdc_date", "radiotherapy_date", "maintenance_start_date", "end_of_treatment_date"];

    /// <summary>The dates that must be in this order when present: induction end ≤ HDC ≤ maintenance start ≤ end of treatment.</summary>
    private static readonly string[] CourseOrder = ["induction_end_date", "hdc_date", "maintenance_start_date", "end_of_treatment_date"];

    public static void RequireColumns(RawTable table, TableColumns columns, DiagnosticBag diagnostics)
    {
        columns.RequireColumns(table, ["patient_id", "diagnosis_date", "inrg_stage", "last_contact_date", "vital_status"], diagnostics);
        if (!columns.Has("age_at_diagnosis_days") && !columns.Has(StudyColumns.BirthDate))
            diagnostics.Error(table.File, table.HeaderRow, "age_at_diagnosis_days", DiagnosticCodes.MissingColumn,
                "required column age_at_diagnosis_days (or birth_date, from which it is derived) is missing from the header row");
        // Optional for the data model, needed by the default analysis plan: say what depends on each (docs/analysis.md).
        foreach (var (column, needed) in AnalysisColumns)
            if (!columns.Has(column))
                diagnostics.Warning(table.File, table.HeaderRow, column, DiagnosticCodes.AnalysisColumnMissing,
                    $"column {column} is missing: the default analysis plan needs it for {needed}");
    }

    /// <summary>Columns the default analysis plan depends on, with what depends on them.</summary>
    private static readonly (string Column, string Needed)[] AnalysisColumns =
    [
        ("hdc_date", "eligibility (HDC given) and the post-HDC window — without it every patient is excluded and 'mibg analyze' stops"),
        ("maintenance_start_date", "the end of the post-HDC window (otherwise HDC + 150 days)"),
        ("end_of_treatment_date", "the end-of-treatment scan and the persistent groups (progression during maintenance, CR, persistent response)"),
    ];

    /// <summary>Reads the rows; returns the valid patients with their rows, and every patient_id seen.</summary>
    public static (List<(Patient Patient, int Row)> Valid, HashSet<string> Ids) Read(
        RawTable table, TableColumns columns, DiagnosticBag diagnostics, DateOnly today)
    {
        var valid = new List<(Patient, int)>(table.Rows.Count);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in table.Rows)
        {
            var r = new RowReader(table, columns, raw, diagnostics, today);
            var id = r.Text("patient_id", required: true);
            if (id is not null && !firstRow.TryAdd(id, raw.Number))
                r.Error("patient_id", DiagnosticCodes.DuplicateId, $"patient {id} is already on row {firstRow[id]}; patient_id must be unique");

            var diagnosis = r.Date("diagnosis_date", required: true);
            var age = r.Integer("age_at_diagnosis_days", 0, int.MaxValue, DiagnosticCodes.NegativeValue);
            var birth = r.Date(StudyColumns.BirthDate);
            if (birth is { } b && diagnosis is { } dx)
            {
                var derived = dx.DayNumber - b.DayNumber;
                if (derived < 0)
                    r.Error(StudyColumns.BirthDate, DiagnosticCodes.DateOrder, $"birth_date {Iso(b)} is after diagnosis_date {Iso(dx)}");
                else if (age is { } given && given != derived)
                    r.Error("age_at_diagnosis_days", DiagnosticCodes.AgeMismatch,
                        $"{given} days disagrees with birth_date {Iso(b)} and diagnosis_date {Iso(dx)} ({derived} days); give one of the two, or correct one");
                else age ??= derived;
            }
            if (age is null && r.Raw("age_at_diagnosis_days") is null && r.Raw(StudyColumns.BirthDate) is null)
                r.Error(columns.Has("age_at_diagnosis_days") ? "age_at_diagnosis_days" : StudyColumns.BirthDate, DiagnosticCodes.MissingRequired,
                    "age_at_diagnosis_days is required (or birth_date, from which it is derived)");

            var sex = r.Code("sex", StudyCodes.Sex);
            var inrg = r.Code("inrg_stage", StudyCodes.InrgStage, required: true);
            var inss = r.Code("inss_stage", StudyCodes.InssStage);
            var mycn = r.Code("mycn", StudyCodes.Mycn);
            var marrow = r.Code("bone_marrow_at_diagnosis", StudyCodes.YesNoUnknown);
            var antiGd2 = r.Code("anti_gd2", StudyCodes.YesNo);
            var vital = r.Code("vital_status", StudyCodes.VitalStatus, required: true);
            var lastContact = r.Date("last_contact_date", required: true);
            var death = r.Date("death_date");
            var dates = TreatmentDates.ToDictionary(c => c, c => r.Date(c));
            var chr11q = Coded<ChromosomeArmStatus>(r, "chr_11q");
            var chr1p = Coded<ChromosomeArmStatus>(r, "chr_1p");
            var alk = Coded<AlkStatus>(r, "alk");
            var histology = Coded<InpcHistology>(r, "histology");
            var primarySite = Coded<PrimarySite>(r, "primary_site");
            var ldh = r.Decimal("ldh_u_per_l", 0, Patient.MaxLdhUPerL, "U/L", minExclusive: true);

            CheckDates(r, diagnosis, lastContact, dates);
            CheckDeath(r, vital, death, lastContact);

            if (r.HasErrors || id is null || age is null || diagnosis is null || inrg is null || lastContact is null || vital is null)
                continue;
            valid.Add((new Patient
            {
                PatientId = id, Center = r.Text("center"), Sex = sex, AgeAtDiagnosisDays = age.Value,
                DiagnosisDate = diagnosis.Value, InrgStage = inrg, InssStage = inss, Mycn = mycn,
                BoneMarrowAtDiagnosis = marrow, InductionRegimen = r.Text("induction_regimen"),
                InductionEndDate = dates["induction_end_date"], HdcDate = dates["hdc_date"], HdcRegimen = r.Text("hdc_regimen"),
                RadiotherapyDate = dates["radiotherapy_date"], MaintenanceStartDate = dates["maintenance_start_date"],
                EndOfTreatmentDate = dates["end_of_treatment_date"], AntiGd2 = antiGd2, LastContactDate = lastContact.Value,
                VitalStatus = vital, DeathDate = death, Chr11q = chr11q, Chr1p = chr1p, Alk = alk, Histology = histology,
                PrimarySite = primarySite, LdhUPerL = ldh, Extra = r.Extra(),
            }, raw.Number));
        }
        return (valid, firstRow.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static T? Coded<T>(RowReader r, string column) where T : struct, Enum =>
        r.Code(column, StudyEnumCodes.All<T>()) is { } code ? StudyEnumCodes.Parse<T>(code) : null;

    private static void CheckDates(RowReader r, DateOnly? diagnosis, DateOnly? lastContact, Dictionary<string, DateOnly?> dates)
    {
        if (diagnosis is { } dx && lastContact is { } lc && lc < dx)
            r.Error("last_contact_date", DiagnosticCodes.DateOrder, $"last_contact_date {Iso(lc)} is before diagnosis_date {Iso(dx)}");
        foreach (var column in TreatmentDates)
        {
            if (dates[column] is not { } d) continue;
            if (diagnosis is { } dx2 && d < dx2)
                r.Error(column, DiagnosticCodes.DateOrder, $"{column} {Iso(d)} is before diagnosis_date {Iso(dx2)}");
            else if (lastContact is { } lc2 && d > lc2)
                r.Error(column, DiagnosticCodes.DateOrder, $"{column} {Iso(d)} is after last_contact_date {Iso(lc2)}");
        }
        string? previous = null;
        foreach (var column in CourseOrder)
        {
            if (dates[column] is not { } d) continue;
            if (previous is not null && d < dates[previous]!.Value)
                r.Error(column, DiagnosticCodes.DateOrder, $"{column} {Iso(d)} is before {previous} {Iso(dates[previous]!.Value)}; the order is induction end, HDC, maintenance start, end of treatment");
            previous = column;
        }
    }

    private static void CheckDeath(RowReader r, string? vital, DateOnly? death, DateOnly? lastContact)
    {
        if (vital == "dead")
        {
            if (death is null && r.Raw("death_date") is null)
                r.Error("death_date", DiagnosticCodes.MissingRequired, "death_date is required when vital_status is dead");
            else if (death is { } d && lastContact is { } lc && d != lc)
                r.Error("death_date", DiagnosticCodes.DeathDateMismatch, $"death_date {Iso(d)} differs from last_contact_date {Iso(lc)}; for a dead patient they are the same day");
        }
        else if (vital == "alive" && death is { } d)
            r.Error("death_date", DiagnosticCodes.DeathDateWhenAlive, $"death_date {Iso(d)} is given but vital_status is alive");
    }

    private static string Iso(DateOnly d) => StudyRowValues.FormatDate(d);
}

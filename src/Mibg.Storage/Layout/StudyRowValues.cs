using System.Globalization;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Storage.Layout;

/// <summary>
/// Converts the study model to and from rows of cell values aligned with <see cref="StudyColumns"/>: text and
/// dates (ISO <c>YYYY-MM-DD</c>) as <see cref="string"/>, counts and scores as <see cref="int"/>, missing as null.
/// The one mapping shared by the stores and the exporters, so they cannot disagree.
/// </summary>
public static class StudyRowValues
{
    /// <summary>The ISO date format of every study date.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The separator of the list in <c>events.sites</c>.</summary>
    public const char SiteSeparator = ';';

    /// <summary>Formats a date as ISO <c>YYYY-MM-DD</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO <c>YYYY-MM-DD</c> date exactly; null when it is not one.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The values of a patient row, aligned with <see cref="StudyColumns.Patients"/>.</summary>
    public static object?[] Of(Patient p) =>
    [
        p.PatientId, p.Center, p.Sex, p.AgeAtDiagnosisDays, FormatDate(p.DiagnosisDate), p.InrgStage, p.InssStage,
        p.Mycn, p.BoneMarrowAtDiagnosis, p.InductionRegimen, D(p.InductionEndDate), D(p.HdcDate), p.HdcRegimen,
        D(p.RadiotherapyDate), D(p.MaintenanceStartDate), D(p.EndOfTreatmentDate), p.AntiGd2,
        FormatDate(p.LastContactDate), p.VitalStatus, D(p.DeathDate), C(p.Chr11q), C(p.Chr1p), C(p.Alk), C(p.Histology),
        C(p.PrimarySite), N(p.LdhUPerL),
    ];

    /// <summary>The values of a scan row, aligned with <see cref="StudyColumns.Scans"/>.</summary>
    public static object?[] Of(Scan s) =>
        [s.ScanId, s.PatientId, FormatDate(s.ScanDate), s.TimePoint?.Code(), s.Tracer, s.Spect, s.Image];

    /// <summary>The values of a read row, aligned with <see cref="StudyColumns.Reads"/>.</summary>
    public static object?[] Of(Read r)
    {
        var values = new List<object?>(StudyColumns.Reads.Count) { r.ScanId, r.Reader, D(r.ReadDate) };
        values.AddRange(r.Siopen.Values.Cast<object?>());
        values.Add(r.SoftTissue);
        if (r.Curie is null) values.AddRange(new object?[CurieRegions.Count]);
        else values.AddRange(r.Curie.Values.Cast<object?>());
        values.Add(r.Comment);
        return [.. values];
    }

    /// <summary>The values of an event row, aligned with <see cref="StudyColumns.Events"/>.</summary>
    public static object?[] Of(StudyEvent e) =>
        [e.PatientId, FormatDate(e.EventDate), e.EventType.Code(), e.Sites.Count == 0 ? null : string.Join(SiteSeparator, e.Sites), e.Comment];

    /// <summary>Builds a patient from stored values aligned with <see cref="StudyColumns.Patients"/>.</summary>
    public static Patient ToPatient(IReadOnlyList<object?> v, IReadOnlyDictionary<string, string> extra) => new()
    {
        PatientId = S(v[0])!, Center = S(v[1]), Sex = S(v[2]), AgeAtDiagnosisDays = I(v[3])!.Value,
        DiagnosisDate = Dt(v[4])!.Value, InrgStage = S(v[5])!, InssStage = S(v[6]), Mycn = S(v[7]),
        BoneMarrowAtDiagnosis = S(v[8]), InductionRegimen = S(v[9]), InductionEndDate = Dt(v[10]), HdcDate = Dt(v[11]),
        HdcRegimen = S(v[12]), RadiotherapyDate = Dt(v[13]), MaintenanceStartDate = Dt(v[14]),
        EndOfTreatmentDate = Dt(v[15]), AntiGd2 = S(v[16]), LastContactDate = Dt(v[17])!.Value,
        VitalStatus = S(v[18])!, DeathDate = Dt(v[19]), Chr11q = E<ChromosomeArmStatus>(v[20]), Chr1p = E<ChromosomeArmStatus>(v[21]),
        Alk = E<AlkStatus>(v[22]), Histology = E<InpcHistology>(v[23]), PrimarySite = E<PrimarySite>(v[24]), LdhUPerL = Num(v[25]),
        Extra = extra,
    };

    /// <summary>Builds a scan from stored values aligned with <see cref="StudyColumns.Scans"/>.</summary>
    public static Scan ToScan(IReadOnlyList<object?> v, IReadOnlyDictionary<string, string> extra) => new()
    {
        ScanId = S(v[0])!, PatientId = S(v[1])!, ScanDate = Dt(v[2])!.Value,
        TimePoint = S(v[3]) is { } tp ? TimePointCodes.Parse(tp) : null,
        Tracer = S(v[4]), Spect = S(v[5]), Image = S(v[6]), Extra = extra,
    };

    /// <summary>Builds a read from stored values aligned with <see cref="StudyColumns.Reads"/>.</summary>
    public static Read ToRead(IReadOnlyList<object?> v, IReadOnlyDictionary<string, string> extra)
    {
        var siopen = new int[SiopenSegments.Count];
        for (var i = 0; i < siopen.Length; i++) siopen[i] = I(v[3 + i])!.Value;
        var softTissue = I(v[3 + siopen.Length]);
        var curieStart = 4 + siopen.Length;
        var curie = new int?[CurieRegions.Count];
        for (var i = 0; i < curie.Length; i++) curie[i] = I(v[curieStart + i]);
        return new Read
        {
            ScanId = S(v[0])!, Reader = S(v[1])!, ReadDate = Dt(v[2]), Siopen = new SiopenScore(siopen),
            SoftTissue = softTissue,
            Curie = curie.All(c => c is not null) ? new CurieScore(curie.Select(c => c!.Value)) : null,
            Comment = S(v[curieStart + curie.Length]), Extra = extra,
        };
    }

    /// <summary>Builds an event from stored values aligned with <see cref="StudyColumns.Events"/>.</summary>
    public static StudyEvent ToEvent(IReadOnlyList<object?> v, IReadOnlyDictionary<string, string> extra) => new()
    {
        PatientId = S(v[0])!, EventDate = Dt(v[1])!.Value,
        EventType = StudyCodes.ParseEventType(S(v[2])!) ?? throw new FormatException($"unknown event type {v[2]}"),
        Sites = S(v[3]) is { } sites ? sites.Split(SiteSeparator) : [],
        Comment = S(v[4]), Extra = extra,
    };

    /// <summary>The values of a radiotherapy row, aligned with <see cref="StudyColumns.Radiotherapy"/>.</summary>
    public static object?[] Of(RadiotherapyCourse c) =>
    [
        c.PatientId, FormatDate(c.StartDate), D(c.EndDate), StudyEnumCodes.Code(c.Target),
        c.Sites.Count == 0 ? null : string.Join(SiteSeparator, c.Sites), N(c.DoseGy), c.Fractions, c.Comment,
    ];

    /// <summary>The values of an assessment row, aligned with <see cref="StudyColumns.Assessments"/>.</summary>
    public static object?[] Of(ResponseAssessment a) =>
    [
        a.PatientId, FormatDate(a.AssessmentDate), a.TimePoint?.Code(), N(a.PrimaryLongestDiameterMm), YesNo(a.PrimaryMibgAvid),
        N(a.MarrowTumourPercent), N(a.SoftTissueMetastasesSumMm), a.Comment,
    ];

    /// <summary>Builds a radiotherapy course from stored values aligned with <see cref="StudyColumns.Radiotherapy"/>.</summary>
    public static RadiotherapyCourse ToRadiotherapy(IReadOnlyList<object?> v, IReadOnlyDictionary<string, string> extra) => new()
    {
        PatientId = S(v[0])!, StartDate = Dt(v[1])!.Value, EndDate = Dt(v[2]),
        Target = E<RadiotherapyTarget>(v[3]) ?? throw new FormatException($"unknown radiotherapy target {v[3]}"),
        Sites = S(v[4]) is { } sites ? sites.Split(SiteSeparator) : [], DoseGy = Num(v[5]), Fractions = I(v[6]),
        Comment = S(v[7]), Extra = extra,
    };

    /// <summary>Builds an assessment from stored values aligned with <see cref="StudyColumns.Assessments"/>.</summary>
    public static ResponseAssessment ToAssessment(IReadOnlyList<object?> v, IReadOnlyDictionary<string, string> extra) => new()
    {
        PatientId = S(v[0])!, AssessmentDate = Dt(v[1])!.Value,
        TimePoint = S(v[2]) is { } tp ? TimePointCodes.Parse(tp) : null,
        PrimaryLongestDiameterMm = Num(v[3]), PrimaryMibgAvid = S(v[4]) switch { "yes" => true, "no" => false, _ => null },
        MarrowTumourPercent = Num(v[5]), SoftTissueMetastasesSumMm = Num(v[6]), Comment = S(v[7]), Extra = extra,
    };

    /// <summary>
    /// Formats a decimal measurement as the shortest invariant text that reads back to the same number (21.6, 4, 0.25):
    /// decimals are stored and exported as text so that a round trip keeps them exactly.
    /// </summary>
    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string? N(double? value) => value is { } d ? FormatNumber(d) : null;

    private static string? C<T>(T? value) where T : struct, Enum => value is { } v ? StudyEnumCodes.Code(v) : null;

    private static T? E<T>(object? value) where T : struct, Enum => S(value) is { } s
        ? StudyEnumCodes.Parse<T>(s) ?? throw new FormatException($"stored code '{s}' is not a {typeof(T).Name}")
        : null;

    private static string? YesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    private static double? Num(object? value) => value switch
    {
        null or DBNull => null,
        double d => d,
        _ => double.Parse(S(value)!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string? D(DateOnly? date) => date is { } d ? FormatDate(d) : null;

    private static string? S(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static int? I(object? value) => value switch
    {
        null or DBNull => null,
        int i => i,
        long l => checked((int)l),
        _ => int.Parse(S(value)!, NumberStyles.Integer, CultureInfo.InvariantCulture),
    };

    private static DateOnly? Dt(object? value) => S(value) is { } s
        ? ParseDate(s) ?? throw new FormatException($"stored date '{s}' is not YYYY-MM-DD")
        : null;
}

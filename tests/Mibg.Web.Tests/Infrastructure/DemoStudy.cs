using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Web.Tests.Infrastructure;

/// <summary>
/// A small study for the workstation tests: 3 patients, 6 scans (two with an image, one at progression,
/// one with SQL metacharacters in its id), no reads yet, one progression event.
/// </summary>
public static class DemoStudy
{
    /// <summary>The scan id holding SQL and HTML metacharacters.</summary>
    public const string OddScanId = "S6'; DROP TABLE reads;--";

    public static StudyData Create(int extraScans = 0) => new()
    {
        Patients =
        [
            P("P1", new(2012, 3, 1), new(2021, 5, 1), "alive"),
            P("P2", new(2013, 6, 1), new(2016, 2, 1), "dead", new(2016, 2, 1)),
            P("P3", new(2014, 9, 1), new(2022, 1, 1), "alive"),
        ],
        Scans =
        [
            new Scan { ScanId = "S1", PatientId = "P1", ScanDate = new(2012, 3, 5), TimePoint = TimePoint.Diagnosis, Tracer = "123I", Image = "p1/s1.png" },
            new Scan { ScanId = "S2", PatientId = "P1", ScanDate = new(2012, 11, 10), TimePoint = TimePoint.PostHdc, Tracer = "123I", Image = "p1/s2.png" },
            new Scan { ScanId = "S3", PatientId = "P2", ScanDate = new(2013, 6, 3), TimePoint = TimePoint.Diagnosis },
            new Scan { ScanId = "S4", PatientId = "P2", ScanDate = new(2015, 4, 2) }, // within 30 days of the progression event
            new Scan { ScanId = "S5", PatientId = "P3", ScanDate = new(2014, 9, 3), TimePoint = TimePoint.Diagnosis, Image = "../outside.png" },
            new Scan { ScanId = OddScanId, PatientId = "P3", ScanDate = new(2015, 6, 1), TimePoint = TimePoint.EndOfTreatment },
            .. Enumerable.Range(1, extraScans).Select(i => new Scan
            {
                ScanId = $"X{i:D3}", PatientId = "P3", ScanDate = new DateOnly(2015, 1, 1).AddDays(i), TimePoint = TimePoint.FollowUp,
            }),
        ],
        Reads = [],
        Events = [new StudyEvent { PatientId = "P2", EventDate = new(2015, 4, 20), EventType = EventType.Progression, Sites = ["spine"] },
                  new StudyEvent { PatientId = "P2", EventDate = new(2016, 2, 1), EventType = EventType.Death }],
    };

    private static Patient P(string id, DateOnly diagnosis, DateOnly last, string vital, DateOnly? death = null) => new()
    {
        PatientId = id, AgeAtDiagnosisDays = 1000, DiagnosisDate = diagnosis, InrgStage = "M", LastContactDate = last,
        VitalStatus = vital, DeathDate = death,
    };
}

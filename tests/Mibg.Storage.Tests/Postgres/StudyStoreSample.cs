using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Storage.Tests.Postgres;

/// <summary>A small hand-made study that uses every column kind: extras, nulls, Curie, SQL metacharacters.</summary>
internal static class StudyStoreSample
{
    public static StudyData Study()
    {
        var extra = new Dictionary<string, string> { ["site_note"] = "O'Brien; DROP TABLE reads;--" };
        return new StudyData
        {
            Patients =
            [
                new Patient
                {
                    PatientId = "P1", Center = "FR-01", Sex = "F", AgeAtDiagnosisDays = 900, DiagnosisDate = new(2010, 1, 5),
                    InrgStage = "M", InssStage = "4", Mycn = "amplified", HdcDate = new(2010, 7, 1),
                    LastContactDate = new(2018, 3, 1), VitalStatus = "alive", Extra = extra,
                },
                new Patient
                {
                    PatientId = "P2", AgeAtDiagnosisDays = 1500, DiagnosisDate = new(2011, 2, 1), InrgStage = "M",
                    LastContactDate = new(2013, 5, 1), VitalStatus = "dead", DeathDate = new(2013, 5, 1),
                },
            ],
            Scans =
            [
                new Scan { ScanId = "S1", PatientId = "P1", ScanDate = new(2010, 1, 6), TimePoint = TimePoint.Diagnosis, Tracer = "123I", Image = "s1.png" },
                new Scan { ScanId = "S2", PatientId = "P1", ScanDate = new(2010, 8, 20) },
                new Scan { ScanId = "S3", PatientId = "P2", ScanDate = new(2011, 2, 3), Spect = "yes" },
            ],
            Reads =
            [
                new Read
                {
                    ScanId = "S1", Reader = "R1", ReadDate = new(2020, 1, 1), Siopen = new SiopenScore([0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0]),
                    SoftTissue = 1, Curie = new CurieScore([1, 0, 2, 0, 1, 0, 0, 0, 0, 0]), Comment = "a \"quoted\" 'comment'",
                },
                new Read { ScanId = "S1", Reader = "R2", Siopen = new SiopenScore([0, 2, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0]) },
            ],
            Events = [new StudyEvent { PatientId = "P2", EventDate = new(2012, 6, 1), EventType = EventType.Progression, Sites = ["spine", "bone_marrow"] }],
            ExtraColumns = new Dictionary<string, IReadOnlyList<string>> { ["patients"] = ["site_note"] },
        };
    }
}

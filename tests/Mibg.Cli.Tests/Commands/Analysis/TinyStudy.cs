using Mibg.Core.Scoring;
using Mibg.Core.Study;

namespace Mibg.Cli.Tests.Commands.Analysis;

/// <summary>
/// A three-patient study written out by hand (standard course: diagnosis 2010-01-01, HDC 2010-06-10, maintenance
/// 2010-09-01, end of treatment 2011-03-01; scans at diagnosis 2010-01-05, post-HDC 2010-08-15, EOT 2011-03-01).
/// P1 cleared (post-HDC 0); P2 persistent (post-HDC spine 1) with a positive EOT scan and no event → persistent_response;
/// P3 stage L2 → excluded at "stage".
/// </summary>
internal static class TinyStudy
{
    private static readonly DateOnly Dx = new(2010, 1, 1);

    public static StudyData Build()
    {
        var scans = new List<Scan>();
        var reads = new List<Read>();
        void Add(string patient, string id, DateOnly date, int spine)
        {
            scans.Add(new Scan { ScanId = id, PatientId = patient, ScanDate = date });
            var score = new SiopenScore([0, 0, 0, 0, 0, 0, spine, 0, 0, 0, 0, 0]);
            foreach (var reader in new[] { "R1", "R2", Read.ConsensusReader })
                reads.Add(new Read { ScanId = id, Reader = reader, Siopen = score });
        }
        Patient P(string id, string stage = "M") => new()
        {
            PatientId = id, AgeAtDiagnosisDays = 1000, DiagnosisDate = Dx, InrgStage = stage, InductionEndDate = new DateOnly(2010, 5, 1),
            HdcDate = stage == "M" ? new DateOnly(2010, 6, 10) : null, MaintenanceStartDate = stage == "M" ? new DateOnly(2010, 9, 1) : null,
            EndOfTreatmentDate = stage == "M" ? new DateOnly(2011, 3, 1) : null, LastContactDate = new DateOnly(2018, 1, 1), VitalStatus = "alive",
        };
        Add("P1", "P1-dx", new DateOnly(2010, 1, 5), 3);
        Add("P1", "P1-hdc", new DateOnly(2010, 8, 15), 0);
        Add("P2", "P2-dx", new DateOnly(2010, 1, 5), 3);
        Add("P2", "P2-hdc", new DateOnly(2010, 8, 15), 1);
        Add("P2", "P2-eot", new DateOnly(2011, 3, 1), 1);
        Add("P3", "P3-dx", new DateOnly(2010, 1, 5), 0);
        return new StudyData { Patients = [P("P1"), P("P2"), P("P3", "L2")], Scans = scans, Reads = reads, Events = [] };
    }
}

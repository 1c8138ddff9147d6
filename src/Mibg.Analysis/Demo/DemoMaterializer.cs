using System.Globalization;
using Mibg.Core.Scoring;
using Mibg.Core.Study;

namespace Mibg.Analysis.Demo;

/// <summary>
/// Turns drafts into the four study tables: shuffles patients, gives pseudonymous ids (<c>DEMO-001</c>…), and
/// adds two readers' reads beside each consensus with realistic disagreement (a positive segment read one
/// step off in about 1 case of 8, a faint focus missed in about 1 of 4, an occasional false-positive focus), the
/// consensus always within the two readers' range (an adjudicated read: docs/analysis.md "The demo study").
/// </summary>
internal static class DemoMaterializer
{
    private static readonly DateOnly ReviewStart = new(2023, 1, 9);

    public static StudyData Materialize(List<DemoPatientDraft> drafts, Random rng)
    {
        var order = drafts.ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var patients = new List<Patient>();
        var scans = new List<Scan>();
        var reads = new List<Read>();
        var events = new List<StudyEvent>();
        for (var n = 0; n < order.Length; n++)
        {
            var d = order[n];
            var id = "DEMO-" + (n + 1).ToString("000", CultureInfo.InvariantCulture);
            patients.Add(new Patient
            {
                PatientId = id, Center = "GR", Sex = d.Sex, AgeAtDiagnosisDays = d.AgeDays, DiagnosisDate = d.Diagnosis,
                InrgStage = d.InrgStage, InssStage = d.InssStage, Mycn = d.Mycn, BoneMarrowAtDiagnosis = d.BoneMarrow,
                InductionRegimen = d.InductionRegimen, InductionEndDate = d.InductionEnd, HdcDate = d.Hdc, HdcRegimen = d.HdcRegimen,
                RadiotherapyDate = d.Radiotherapy, MaintenanceStartDate = d.MaintenanceStart, EndOfTreatmentDate = d.EndOfTreatment,
                AntiGd2 = d.AntiGd2, LastContactDate = d.LastContact, VitalStatus = d.Death is null ? "alive" : "dead", DeathDate = d.Death,
            });
            var k = 0;
            foreach (var s in d.Scans.OrderBy(s => s.Date))
            {
                var scanId = $"{id}-S{++k}";
                scans.Add(new Scan { ScanId = scanId, PatientId = id, ScanDate = s.Date, Tracer = "123I", Spect = rng.NextDouble() < 0.3 ? "yes" : "no" });
                var truth = s.Consensus ?? s.PendingTruth ?? new int[12];
                var readDay = ReviewStart.AddDays(rng.Next(0, 150));
                var r1 = ReaderRead(scanId, "R1", readDay, truth, rng);
                var r2 = ReaderRead(scanId, "R2", readDay.AddDays(rng.Next(0, 20)), truth, rng);
                reads.Add(r1);
                reads.Add(s.Consensus is null ? r2 : WithinReach(r1, r2, s.Consensus));
                if (s.Consensus is not null)
                    reads.Add(new Read { ScanId = scanId, Reader = Read.ConsensusReader, ReadDate = readDay.AddDays(rng.Next(20, 60)), Siopen = new SiopenScore(s.Consensus) });
            }
            foreach (var e in d.Events.OrderBy(e => e.Date))
                events.Add(new StudyEvent { PatientId = id, EventDate = e.Date, EventType = e.Type, Sites = e.Sites });
        }
        return new StudyData { Patients = patients, Scans = scans, Reads = reads, Events = events };
    }

    /// <summary>
    /// A consensus settles the readers' disagreement, so it lies within their range on every segment: where both readers
    /// erred the same way, the second reader's value is the consensus (no validation warning CONSENSUS_OUTSIDE_READS).
    /// </summary>
    private static Read WithinReach(Read first, Read second, int[] consensus)
    {
        var v = second.Siopen.Values.ToArray();
        for (var i = 0; i < 12; i++)
        {
            var a = first.Siopen.Values[i];
            if (consensus[i] < Math.Min(a, v[i]) || consensus[i] > Math.Max(a, v[i])) v[i] = consensus[i];
        }
        return second with { Siopen = new SiopenScore(v) };
    }

    private static Read ReaderRead(string scanId, string reader, DateOnly date, int[] truth, Random rng)
    {
        var v = new int[12];
        for (var i = 0; i < 12; i++)
        {
            var c = truth[i];
            var u = rng.NextDouble();
            v[i] = c switch
            {
                // A false-positive focus on a clear segment: about 1 in 250 segments, so about 5% of negative scans read
                // positive by one reader (a 2% rate per segment made one reader in five call a clear scan positive).
                0 => u < 0.004 ? 1 : 0,
                // A faint single focus (score 1) is the commonest miss: about 1 in 4, so that on the post-HDC scans — where the
                // decisive positive calls are faint — discordant calls resolve both ways at adjudication, not only to negative.
                1 => u < 0.25 ? 0 : u < 0.31 ? 2 : 1,
                _ => u < 0.07 ? c - 1 : u < 0.13 ? Math.Min(6, c + 1) : c,
            };
        }
        return new Read { ScanId = scanId, Reader = reader, ReadDate = date, Siopen = new SiopenScore(v) };
    }
}

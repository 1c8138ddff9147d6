using Mibg.Analysis;
using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Reporting.Tests.Fixtures;

/// <summary>
/// A small synthetic study (54 patients, fixed seed, no real person) shaped like the seed study: six patients
/// excluded at the six eligibility steps, 32 who cleared after HDC (8 relapse), 16 persistent (3 progress during
/// maintenance, 3 in CR at end of treatment, 4 persistent responders, 6 progress after treatment), two readers and
/// a consensus on every scan. Run through the real analysis (<see cref="StudyAnalysis.Run"/>) it gives the
/// <see cref="StudyResults"/> the report tests render.
/// </summary>
internal static class FixtureStudy
{
    private static readonly Lazy<StudyData> CachedStudy = new(Build);
    private static readonly Lazy<StudyResults> Cached = new(() => StudyAnalysis.Run(Study, AnalysisPlan.Default));

    public static StudyData Study => CachedStudy.Value;

    public static StudyResults Results => Cached.Value;

    /// <summary>Default report options.</summary>
    public static StudyReportOptions Options => new();

    // Segment indices weighted toward the axial skeleton and femora, where neuroblastoma metastasises most.
    private static readonly int[] Likely = [6, 6, 7, 7, 8, 10, 1, 0, 2, 4, 9, 11, 3, 5];

    public static StudyData Build()
    {
        var rng = new Random(20260101);
        var b = new Builder(rng);
        var n = 0;
        string Id() => "P" + (++n).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

        for (var i = 0; i < 32; i++)
        {
            b.Cleared(Id(), relapse: i < 8, dies: i < 5);
        }

        for (var i = 0; i < 3; i++) b.Persistent(Id(), Course.ProgressionDuringMaintenance);
        for (var i = 0; i < 3; i++) b.Persistent(Id(), Course.CrAtEnd);
        for (var i = 0; i < 4; i++) b.Persistent(Id(), Course.PersistentResponse);
        for (var i = 0; i < 6; i++) b.Persistent(Id(), Course.ProgressionAfter, dies: i < 4);

        b.Excluded("X001", p => p with { InrgStage = "L2" });
        b.Excluded("X002", p => p with { AgeAtDiagnosisDays = 300 });
        b.Excluded("X003", p => p with { DiagnosisDate = new DateOnly(1998, 6, 1) });
        b.Excluded("X004", p => p, negativeDiagnosis: true);
        b.Excluded("X005", p => p with { HdcDate = null, MaintenanceStartDate = null });
        b.Excluded("X006", p => p, noPostHdcScan: true);
        return b.Study();
    }

    private enum Course { ProgressionDuringMaintenance, CrAtEnd, PersistentResponse, ProgressionAfter }

    private sealed class Builder(Random rng)
    {
        private static readonly DateOnly Cutoff = new(2024, 6, 30);
        private readonly List<Patient> patients = [];
        private readonly List<Scan> scans = [];
        private readonly List<Read> reads = [];
        private readonly List<StudyEvent> events = [];

        public StudyData Study() => new() { Patients = patients, Scans = scans, Reads = reads, Events = events };

        private Patient NewPatient(string id)
        {
            var dx = new DateOnly(2003, 1, 1).AddDays(rng.Next(0, 16 * 365));
            return new Patient
            {
                PatientId = id, Center = "C1", Sex = rng.Next(2) == 0 ? "male" : "female",
                AgeAtDiagnosisDays = rng.Next(400, 3650), DiagnosisDate = dx, InrgStage = "M",
                Mycn = rng.NextDouble() < 0.35 ? "amplified" : "not_amplified",
                InductionEndDate = dx.AddDays(150), HdcDate = dx.AddDays(195), HdcRegimen = rng.Next(3) == 0 ? "CEM" : "BuMel",
                MaintenanceStartDate = dx.AddDays(270), EndOfTreatmentDate = dx.AddDays(450),
                AntiGd2 = rng.NextDouble() < 0.6 ? "yes" : "no",
                LastContactDate = Min(dx.AddDays(rng.Next(3 * 365, 15 * 365)), Cutoff), VitalStatus = "alive",
            };
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private int[] Diagnosis()
        {
            var v = new int[12];
            var k = rng.Next(2, 9);
            for (var i = 0; i < k; i++)
            {
                v[Likely[rng.Next(Likely.Length)]] = rng.Next(1, 7);
            }

            return v;
        }

        private int[] Subset(int[] from, int keepAtLeast, int maxScore)
        {
            var positive = Enumerable.Range(0, 12).Where(i => from[i] > 0).OrderBy(_ => rng.Next()).ToList();
            var v = new int[12];
            var keep = Math.Max(keepAtLeast, rng.Next(0, Math.Min(3, positive.Count) + 1));
            foreach (var i in positive.Take(Math.Min(keep, positive.Count)))
            {
                v[i] = Math.Clamp(Math.Min(from[i], rng.Next(1, maxScore + 1)), 1, 6);
            }

            return v;
        }

        private void AddScan(string patientId, DateOnly date, int[] consensus)
        {
            var scanId = $"{patientId}-S{scans.Count(s => s.PatientId == patientId) + 1}";
            scans.Add(new Scan { ScanId = scanId, PatientId = patientId, ScanDate = date });
            var second = consensus.Select(x => x > 0 && rng.NextDouble() < 0.25 ? Math.Clamp(x + (rng.Next(2) == 0 ? -1 : 1), 0, 6)
                : x == 0 && rng.NextDouble() < 0.02 ? 1 : x).ToArray();
            reads.Add(new Read { ScanId = scanId, Reader = "R1", Siopen = new SiopenScore(consensus) });
            reads.Add(new Read { ScanId = scanId, Reader = "R2", Siopen = new SiopenScore(second) });
            reads.Add(new Read { ScanId = scanId, Reader = Read.ConsensusReader, Siopen = new SiopenScore(consensus) });
        }

        private void Die(ref Patient p, DateOnly after)
        {
            var death = Min(after.AddDays(rng.Next(60, 700)), Cutoff);
            events.Add(new StudyEvent { PatientId = p.PatientId, EventDate = death, EventType = EventType.Death });
            p = p with { VitalStatus = "dead", DeathDate = death, LastContactDate = death };
        }

        public void Cleared(string id, bool relapse, bool dies)
        {
            var p = NewPatient(id);
            var dx = Diagnosis();
            AddScan(id, p.DiagnosisDate.AddDays(4), dx);
            AddScan(id, p.InductionEndDate!.Value.AddDays(-7), Subset(dx, 0, 3));
            AddScan(id, p.HdcDate!.Value.AddDays(50), new int[12]);
            AddScan(id, p.EndOfTreatmentDate!.Value.AddDays(-10), new int[12]);
            if (relapse)
            {
                var at = p.EndOfTreatmentDate!.Value.AddDays(rng.Next(200, 1500));
                events.Add(new StudyEvent { PatientId = id, EventDate = at, EventType = EventType.Relapse, Sites = ["bone"] });
                var prog = Subset(dx, 1, 6);
                prog[Likely[rng.Next(Likely.Length)]] = rng.Next(1, 5);
                AddScan(id, at.AddDays(5), prog);
                p = p with { LastContactDate = Min(at.AddDays(rng.Next(300, 2000)), Cutoff) };
                if (dies)
                {
                    Die(ref p, at);
                }
            }

            patients.Add(p);
        }

        public void Persistent(string id, Course course, bool dies = false)
        {
            var p = NewPatient(id);
            var dx = Diagnosis();
            var postHdc = Subset(dx, 1, 3);
            AddScan(id, p.DiagnosisDate.AddDays(4), dx);
            AddScan(id, p.InductionEndDate!.Value.AddDays(-7), Subset(dx, 1, 4));
            AddScan(id, p.HdcDate!.Value.AddDays(50), postHdc);
            switch (course)
            {
                case Course.ProgressionDuringMaintenance:
                {
                    var at = p.MaintenanceStartDate!.Value.AddDays(rng.Next(20, 150));
                    events.Add(new StudyEvent { PatientId = id, EventDate = at, EventType = EventType.Progression, Sites = ["bone"] });
                    var prog = (int[])postHdc.Clone();
                    prog[Likely[rng.Next(Likely.Length)]] += 2;
                    AddScan(id, at.AddDays(5), prog.Select(x => Math.Min(6, x)).ToArray());
                    Die(ref p, at);
                    break;
                }
                case Course.CrAtEnd:
                    AddScan(id, p.EndOfTreatmentDate!.Value.AddDays(-10), new int[12]);
                    break;
                case Course.PersistentResponse:
                    AddScan(id, p.EndOfTreatmentDate!.Value.AddDays(-10), Subset(postHdc, 1, 2));
                    // A persistent response needs 2 years' event-free follow-up after end of treatment (plan default).
                    var minimum = p.EndOfTreatmentDate!.Value.AddDays(800);
                    if (p.LastContactDate < minimum) p = p with { LastContactDate = minimum };
                    break;
                case Course.ProgressionAfter:
                {
                    var eot = Subset(postHdc, 1, 2);
                    AddScan(id, p.EndOfTreatmentDate!.Value.AddDays(-10), eot);
                    var at = p.EndOfTreatmentDate!.Value.AddDays(rng.Next(150, 1400));
                    events.Add(new StudyEvent { PatientId = id, EventDate = at, EventType = EventType.Progression, Sites = ["bone"] });
                    var prog = eot.Select(x => x > 0 ? Math.Min(6, x + rng.Next(0, 4)) : 0).ToArray();
                    if (rng.Next(2) == 0)
                    {
                        prog[Likely[rng.Next(Likely.Length)]] = rng.Next(1, 6);
                    }

                    AddScan(id, at.AddDays(5), prog);
                    p = p with { LastContactDate = Min(at.AddDays(rng.Next(200, 1500)), Cutoff) };
                    if (dies)
                    {
                        Die(ref p, at);
                    }

                    break;
                }
            }

            patients.Add(p);
        }

        public void Excluded(string id, Func<Patient, Patient> edit, bool negativeDiagnosis = false, bool noPostHdcScan = false)
        {
            var p = edit(NewPatient(id));
            var dx = negativeDiagnosis ? new int[12] : Diagnosis();
            AddScan(id, p.DiagnosisDate.AddDays(4), dx);
            if (!noPostHdcScan && p.HdcDate is { } hdc)
            {
                AddScan(id, hdc.AddDays(50), new int[12]);
            }

            patients.Add(p);
        }
    }
}

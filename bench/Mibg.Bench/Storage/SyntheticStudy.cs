using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Bench.Storage;

/// <summary>
/// A large, valid, reproducible study for speed and robustness checks (not the demo study): stage M patients
/// with the treatment course of design/domain.md, scans at diagnosis, post-induction, post-HDC and end of
/// treatment (plus one at a relapse), each read by R1, R2 and a consensus. Every date is before 2025-01-01.
/// Shared by bench/ and the storage and CLI tests (linked source file).
/// </summary>
public static class SyntheticStudy
{
    /// <summary>Builds a study of <paramref name="patients"/> patients from <paramref name="seed"/> (same seed, same study).</summary>
    public static StudyData Create(int patients, int seed, bool withExtraColumns = false)
    {
        var random = new Random(seed);
        var ps = new List<Patient>(patients);
        var scans = new List<Scan>(patients * 5);
        var reads = new List<Read>(patients * 15);
        var events = new List<StudyEvent>(patients / 2);
        var origin = new DateOnly(2000, 1, 1);
        for (var i = 1; i <= patients; i++)
        {
            var id = $"SYN{i:D6}";
            var dx = origin.AddDays(random.Next(0, 365 * 12));
            var inductionEnd = dx.AddDays(random.Next(90, 150));
            var hdc = inductionEnd.AddDays(random.Next(30, 50));
            var maintenance = hdc.AddDays(random.Next(60, 90));
            var endOfTreatment = maintenance.AddDays(random.Next(160, 200));
            var lastContact = endOfTreatment.AddDays(random.Next(30, 3000));
            DateOnly? relapse = random.NextDouble() < 0.35 ? endOfTreatment.AddDays(random.Next(10, lastContact.DayNumber - endOfTreatment.DayNumber)) : null;
            var dead = relapse is not null && random.NextDouble() < 0.6;
            if (dead) lastContact = relapse!.Value.AddDays(random.Next(30, 400));
            ps.Add(new Patient
            {
                PatientId = id, Center = "C" + random.Next(1, 9), Sex = random.Next(2) == 0 ? "M" : "F",
                AgeAtDiagnosisDays = random.Next(400, 3650), DiagnosisDate = dx, InrgStage = "M", InssStage = "4",
                Mycn = StudyCodes.Mycn[random.Next(4)], BoneMarrowAtDiagnosis = "yes", InductionRegimen = "rapid COJEC",
                InductionEndDate = inductionEnd, HdcDate = hdc, HdcRegimen = "BuMel", RadiotherapyDate = hdc.AddDays(45),
                MaintenanceStartDate = maintenance, EndOfTreatmentDate = endOfTreatment, AntiGd2 = random.Next(3) == 0 ? "no" : "yes",
                LastContactDate = lastContact, VitalStatus = dead ? "dead" : "alive", DeathDate = dead ? lastContact : null,
                Extra = withExtraColumns ? new Dictionary<string, string> { ["protocol"] = "HR-NBL" + random.Next(1, 3) } : new Dictionary<string, string>(),
            });
            var course = new List<(DateOnly Date, TimePoint Tp)>
            {
                (dx.AddDays(2), TimePoint.Diagnosis),
                (inductionEnd.AddDays(-5), TimePoint.PostInduction),
                (hdc.AddDays(40), TimePoint.PostHdc),
                (endOfTreatment.AddDays(7), TimePoint.EndOfTreatment),
            };
            if (relapse is { } r && r.AddDays(3) <= lastContact && r.AddDays(3) > endOfTreatment.AddDays(7))
                course.Add((r.AddDays(3), TimePoint.Progression));
            var level = random.Next(2, 7);
            for (var k = 0; k < course.Count; k++)
            {
                var scanId = $"{id}-{k + 1}";
                scans.Add(new Scan
                {
                    ScanId = scanId, PatientId = id, ScanDate = course[k].Date, TimePoint = course[k].Tp, Tracer = "123I",
                    Spect = k == 0 ? "yes" : "no", Image = $"images/{scanId}",
                    Extra = withExtraColumns && k == 0 ? new Dictionary<string, string> { ["camera"] = "GE, \"Infinia\"" } : new Dictionary<string, string>(),
                });
                var cap = course[k].Tp switch { TimePoint.Diagnosis or TimePoint.Progression => level, _ => Math.Max(0, level - 2 - k) };
                var consensus = Enumerable.Range(0, SiopenSegments.Count).Select(_ => random.Next(0, cap + 1)).ToArray();
                foreach (var reader in new[] { "R1", "R2", Read.ConsensusReader })
                {
                    var values = reader == Read.ConsensusReader ? consensus
                        : consensus.Select(v => Math.Clamp(v + random.Next(-1, 2), 0, SiopenScore.MaxSegmentScore)).ToArray();
                    reads.Add(new Read
                    {
                        ScanId = scanId, Reader = reader, ReadDate = course[k].Date.AddDays(random.Next(1, 20)) is var rd && rd <= lastContact ? rd : course[k].Date,
                        Siopen = new SiopenScore(values), SoftTissue = random.Next(0, 3),
                        Curie = k == 0 && reader == Read.ConsensusReader ? new CurieScore(values.Take(10).Select(v => Math.Min(v, CurieScore.MaxRegionScore))) : null,
                        Comment = random.Next(10) == 0 ? "equivocal uptake, see report" : null,
                    });
                }
            }
            if (relapse is { } rel)
                events.Add(new StudyEvent { PatientId = id, EventDate = rel, EventType = random.Next(3) == 0 ? EventType.Progression : EventType.Relapse, Sites = ["spine", "pelvis"] });
            if (dead)
                events.Add(new StudyEvent { PatientId = id, EventDate = lastContact, EventType = EventType.Death });
        }
        return new StudyData
        {
            Patients = ps, Scans = scans, Reads = reads, Events = events,
            ExtraColumns = withExtraColumns
                ? new Dictionary<string, IReadOnlyList<string>> { ["patients"] = ["protocol"], ["scans"] = ["camera"] }
                : new Dictionary<string, IReadOnlyList<string>>(),
        };
    }
}

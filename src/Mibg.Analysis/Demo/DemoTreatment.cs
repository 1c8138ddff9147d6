using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Analysis.Demo;

/// <summary>
/// Adds to the demo what issue 12 brought into the data model, without touching what reproduces the published figures
/// (scans, reads, events and treatment dates stay as generated): tumour biology, response assessments and
/// radiotherapy to some persistent sites. Deterministic from the seed. Frequencies are round figures in the range
/// of high-risk stage M cohorts (11q loss about a third, 1p loss about a quarter, ALK mutation about 10%, unfavourable
/// histology in most; Cohn et al., JCO 2009; Bresler et al., Cancer Cell 2014); they are not estimates.
/// </summary>
internal static class DemoTreatment
{
    /// <summary>Share of persistent patients with at most three positive segments whose persistent sites are irradiated after the post-HDC scan.</summary>
    public const double IrradiatedShare = 0.5;

    public static StudyData Add(StudyData study, int seed)
    {
        var rng = new Random(unchecked(seed * 7919 + 12));
        var patients = study.Patients.Select(p => Biology(p, rng)).ToArray();
        var withBiology = study with { Patients = patients };
        var courses = PatientCourse.BuildAll(withBiology, AnalysisPlan.Default);
        var radiotherapy = new List<RadiotherapyCourse>();
        var assessments = new List<ResponseAssessment>();
        foreach (var c in courses)
        {
            assessments.AddRange(Assessments(c, rng));
            if (c.PostHdcScan is not { Read: { } read } postHdc || read.Total <= 0) continue;
            var sites = read.PositiveSegments;
            if (sites.Count > 3 || rng.NextDouble() >= IrradiatedShare) continue;
            var start = postHdc.Date.AddDays(rng.Next(21, 43));
            var firstEvent = c.Events.FirstOrDefault(e => e.EventDate > postHdc.Date)?.EventDate;
            var end = start.AddDays(16);   // 12 fractions, 5 a week
            if ((firstEvent is { } fe && start >= fe) || end > c.Patient.LastContactDate) continue;
            radiotherapy.Add(new RadiotherapyCourse
            {
                PatientId = c.PatientId, StartDate = start, EndDate = end, Target = RadiotherapyTarget.Metastasis, Sites = sites,
                DoseGy = 21.6, Fractions = 12, Comment = "sites persisting after HDC",
            });
        }
        return withBiology with { Radiotherapy = radiotherapy, Assessments = assessments };
    }

    private static Patient Biology(Patient p, Random rng)
    {
        T Pick<T>(params (T Value, double Share)[] options)
        {
            var u = rng.NextDouble();
            foreach (var (value, share) in options)
            {
                if (u < share) return value;
                u -= share;
            }
            return options[^1].Value;
        }
        return p with
        {
            Chr11q = Pick((ChromosomeArmStatus.Loss, 0.33), (ChromosomeArmStatus.NoLoss, 0.57), (ChromosomeArmStatus.Unknown, 0.10)),
            Chr1p = Pick((ChromosomeArmStatus.Loss, 0.25), (ChromosomeArmStatus.NoLoss, 0.65), (ChromosomeArmStatus.Unknown, 0.10)),
            Alk = Pick((AlkStatus.Mutated, 0.10), (AlkStatus.Amplified, 0.02), (AlkStatus.WildType, 0.78), (AlkStatus.Unknown, 0.10)),
            Histology = rng.NextDouble() < 0.08 ? null : Pick((InpcHistology.Unfavourable, 0.92), (InpcHistology.Favourable, 0.08)),
            PrimarySite = Pick((PrimarySite.Adrenal, 0.62), (PrimarySite.AbdominalNonAdrenal, 0.20), (PrimarySite.Thoracic, 0.09),
                (PrimarySite.Pelvic, 0.04), (PrimarySite.Cervical, 0.02), (PrimarySite.Other, 0.03)),
            LdhUPerL = Math.Round(Math.Exp(Math.Log(900) + 0.6 * Normal(rng))),
        };
    }

    /// <summary>Assessments on the dates of the diagnosis, post-induction and post-HDC scans (one work-up each).</summary>
    private static IEnumerable<ResponseAssessment> Assessments(PatientCourse c, Random rng)
    {
        if (c.DiagnosisScan is not { } dx) yield break;
        var primary = Math.Round(30 + rng.NextDouble() * 90);
        var marrow = c.Patient.BoneMarrowAtDiagnosis == "yes" ? Math.Round(5 + rng.NextDouble() * 55) : 0;
        var soft = rng.NextDouble() < 0.2 ? Math.Round(10 + rng.NextDouble() * 30) : 0;
        yield return Row(c, dx, primary, true, marrow, soft);
        if (c.PostInductionScan is { } ind && ind.Date > dx.Date)
        {
            primary = Math.Round(primary * (0.3 + rng.NextDouble() * 0.5));
            marrow = marrow == 0 || rng.NextDouble() < 0.6 ? 0 : Math.Round(0.5 + rng.NextDouble() * 4.5, 1);
            soft = Math.Round(soft * 0.4);
            yield return Row(c, ind, primary, true, marrow, soft);
        }
        if (c.PostHdcScan is { } hdc && hdc.Date > dx.Date && hdc.Date != c.PostInductionScan?.Date)
        {
            var resected = rng.NextDouble() < 0.7;
            yield return Row(c, hdc, resected ? 0 : Math.Round(5 + rng.NextDouble() * 15), resected ? null : rng.NextDouble() < 0.3,
                marrow == 0 || rng.NextDouble() < 0.85 ? 0 : Math.Round(0.5 + rng.NextDouble() * 2.5, 1), 0);
        }
    }

    private static ResponseAssessment Row(PatientCourse c, TimedScan scan, double primary, bool? avid, double marrow, double soft) => new()
    {
        PatientId = c.PatientId, AssessmentDate = scan.Date, TimePoint = scan.Explicit ? scan.TimePoint : null,
        PrimaryLongestDiameterMm = primary, PrimaryMibgAvid = avid, MarrowTumourPercent = marrow, SoftTissueMetastasesSumMm = soft,
    };

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}

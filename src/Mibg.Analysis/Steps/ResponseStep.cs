using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Response;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Analysis.Steps;

/// <summary>
/// INRC 2017 overall response at every assessment after diagnosis (docs/analysis.md "INRC 2017 overall response"):
/// the components from the assessments table and the mIBG scan nearest the assessment, combined by
/// <see cref="InrcOverall"/>.
/// </summary>
internal static class ResponseStep
{
    public static IReadOnlyList<ResponseRow> Build(AnalysisContext ctx)
    {
        if (ctx.Study.Assessments.Count == 0) return [];
        var assigner = new TimePointAssigner(ctx.Plan.TimePointWindows);
        var byPatient = ctx.Study.Assessments.ToLookup(a => a.PatientId, StringComparer.Ordinal);
        var rows = new List<ResponseRow>();
        foreach (var course in ctx.Courses)
        {
            var assessments = byPatient[course.PatientId].OrderBy(a => a.AssessmentDate).ToArray();
            if (assessments.Length == 0) continue;
            // time points as for scans: written, else by the plan's windows (the assessment dates stand in for scan dates)
            var pseudo = assessments.Select(a => new Scan { ScanId = Key(a), PatientId = a.PatientId, ScanDate = a.AssessmentDate, TimePoint = a.TimePoint }).ToArray();
            var tps = assigner.Assign(course.Patient, pseudo, course.Events);
            var baseline = assessments.FirstOrDefault(a => tps[Key(a)] == TimePoint.Diagnosis);
            if (baseline is null) continue;
            var group = ctx.Assignments.TryGetValue(course.PatientId, out var g) ? g.Group : null;
            var dxScan = course.DiagnosisScan;
            var earlier = new List<ResponseAssessment> { baseline };
            foreach (var a in assessments.Where(a => a.AssessmentDate > baseline.AssessmentDate))
            {
                var scan = NearestScan(course, a.AssessmentDate, ctx.Plan.TimePointWindows.ProgressionDays);
                var primary = Primary(baseline, earlier, a);
                var marrow = baseline.MarrowTumourPercent is { } m0 && a.MarrowTumourPercent is { } m ? MarrowResponse.Assess(m0, m) : (InrcComponentResponse?)null;
                var metastases = Metastases(ctx, baseline, earlier, a, dxScan, scan);
                rows.Add(new ResponseRow
                {
                    PatientId = course.PatientId, Timepoint = tps[Key(a)], Date = a.AssessmentDate, Group = group,
                    Primary = primary, Marrow = marrow, Metastases = metastases, Overall = Overall(primary, marrow, metastases),
                    ScanId = scan?.ScanId,
                });
                earlier.Add(a);
            }
        }
        return rows;
    }

    private static string Key(ResponseAssessment a) => "assessment " + a.AssessmentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Overall response with missing components: PD when any known component is PD, else null when one is missing.</summary>
    public static InrcOverallResponse? Overall(InrcComponentResponse? primary, InrcComponentResponse? marrow, InrcComponentResponse? metastases)
    {
        if (primary == InrcComponentResponse.PD || marrow == InrcComponentResponse.PD || metastases == InrcComponentResponse.PD)
            return InrcOverallResponse.PD;
        if (primary is not { } p || marrow is not { } m || metastases is not { } x) return null;
        if (p == InrcComponentResponse.NI && m == InrcComponentResponse.NI && x == InrcComponentResponse.NI) return null;
        return InrcOverall.Combine(p, m, x);
    }

    private static InrcComponentResponse? Primary(ResponseAssessment baseline, List<ResponseAssessment> earlier, ResponseAssessment now)
    {
        if (baseline.PrimaryLongestDiameterMm is not { } dx || now.PrimaryLongestDiameterMm is not { } current) return null;
        var nadir = earlier.Select(e => e.PrimaryLongestDiameterMm).OfType<double>().Min();
        return PrimaryTumourResponse.Assess(dx, nadir, current, now.PrimaryMibgAvid);
    }

    private static InrcComponentResponse? Metastases(AnalysisContext ctx, ResponseAssessment baseline, List<ResponseAssessment> earlier,
        ResponseAssessment now, TimedScan? dxScan, TimedScan? scan)
    {
        InrcComponentResponse? bone = null;
        if (dxScan?.Read is { } dxRead && scan?.Read is { } read)
        {
            var dxScore = Score(dxRead);
            var nowScore = Score(read);
            bone = MetastaticResponse.Bone(BoneResponseAssessment.Assess(nowScore, dxScore), dxScore.Total, nowScore.Total);
        }
        InrcComponentResponse? soft = null;
        if (baseline.SoftTissueMetastasesSumMm is { } s0 && now.SoftTissueMetastasesSumMm is { } s)
        {
            var nadir = earlier.Select(e => e.SoftTissueMetastasesSumMm).OfType<double>().Min();
            soft = MetastaticResponse.SoftTissue(s0, nadir, s, scan is null ? null : SoftTissueSites(ctx, scan));
        }
        if (bone == InrcComponentResponse.PD || soft == InrcComponentResponse.PD) return InrcComponentResponse.PD;
        return bone is { } b && soft is { } t ? MetastaticResponse.Combine(b, t) : null;
    }

    /// <summary>
    /// The resolved read as a SIOPEN score. A mean of readers may be fractional: each segment is rounded half away from
    /// zero (a segment one reader scores 1 and the other 0 counts as positive), stated in docs/analysis.md.
    /// </summary>
    private static SiopenScore Score(ResolvedRead read) =>
        new(read.Segments.Select(v => (int)Math.Round(v, MidpointRounding.AwayFromZero)));

    /// <summary>mIBG-avid soft-tissue sites on the scan, from the read the plan resolves to (null for a mean of readers or when not recorded).</summary>
    private static int? SoftTissueSites(AnalysisContext ctx, TimedScan scan) =>
        scan.Read is { } r ? ctx.Study.Reads.FirstOrDefault(x => x.ScanId == scan.ScanId && x.Reader == r.Source)?.SoftTissue : null;

    /// <summary>The read scan nearest the assessment, within the plan's progression window (± days); ties to the earlier.</summary>
    private static TimedScan? NearestScan(PatientCourse course, DateOnly date, int windowDays) =>
        course.Scans.Where(s => s.Read is not null && Math.Abs(s.Date.DayNumber - date.DayNumber) <= windowDays)
            .OrderBy(s => Math.Abs(s.Date.DayNumber - date.DayNumber)).ThenBy(s => s.Date).FirstOrDefault();
}

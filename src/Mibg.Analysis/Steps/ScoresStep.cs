using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.TimePoints;
using Mibg.Statistics.Descriptive;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 4: SIOPEN total median [min–max] per group and time point, one scan per patient (the scan
/// <see cref="PatientCourse"/> picks for the time point; at progression, the scan of the first disease event
/// after the post-HDC scan).
/// </summary>
internal static class ScoresStep
{
    public static readonly IReadOnlyList<TimePoint> TimePoints =
        [TimePoint.Diagnosis, TimePoint.PostInduction, TimePoint.PostHdc, TimePoint.EndOfTreatment, TimePoint.Progression];

    /// <summary>The scan of a patient at a time point that the score summaries use (null when none).</summary>
    public static TimedScan? ScanAt(AnalysisContext ctx, PatientCourse c, TimePoint tp) => tp switch
    {
        TimePoint.Diagnosis => c.DiagnosisScan,
        TimePoint.PostInduction => c.PostInductionScan,
        TimePoint.PostHdc => c.PostHdcScan,
        TimePoint.EndOfTreatment => c.EndOfTreatmentScan,
        TimePoint.Progression => ctx.Assignments.TryGetValue(c.PatientId, out var a) && a.FirstDiseaseEvent is { } e
            ? c.ProgressionScanFor(e, ctx.Plan.TimePointWindows.ProgressionDays)
            : null,
        _ => null,
    };

    public static IReadOnlyList<ScoreSummary> Build(AnalysisContext ctx)
    {
        var rows = new List<ScoreSummary>();
        foreach (var g in GroupCodes.All)
        {
            var members = ctx.Members(g);
            if (members.Count == 0) continue;
            foreach (var tp in TimePoints)
            {
                var scored = members.Select(c => (c, scan: ScanAt(ctx, c, tp))).Where(x => x.scan?.Read is not null).ToArray();
                var missing = members.Where(c => scored.All(x => x.c != c)).Select(c => c.PatientId).ToArray();
                var stats = scored.Length > 0 ? Summary.MedianRange(scored.Select(x => x.scan!.Read!.Total).ToArray()) : null;
                rows.Add(new ScoreSummary
                {
                    Group = g,
                    Timepoint = tp,
                    N = scored.Length,
                    Median = stats?.Median,
                    Min = stats?.Min,
                    Max = stats?.Max,
                    Patients = scored.Select(x => x.c.PatientId).ToArray(),
                    ScanIds = scored.Select(x => x.scan!.ScanId).ToArray(),
                    Missing = missing,
                });
            }
        }
        return rows;
    }
}

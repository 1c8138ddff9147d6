using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Scoring;
using Mibg.Core.TimePoints;

namespace Mibg.Analysis.Steps;

/// <summary>What the report draws beyond the contract: heat map cells, swimmer rows and the per-scan listing.</summary>
internal static class ReportDataStep
{
    private static readonly TimePoint[] HeatmapTimePoints = [TimePoint.Diagnosis, TimePoint.PostHdc, TimePoint.EndOfTreatment, TimePoint.Progression];

    /// <summary>Per-segment positivity (one scan per patient) for the persistent cohort and for those who progressed.</summary>
    public static IReadOnlyList<SegmentFrequency> SegmentFrequencies(AnalysisContext ctx)
    {
        var list = new List<SegmentFrequency>();
        foreach (var population in new[] { GroupCodes.Persistent, GroupCodes.Progressed })
        {
            var members = ctx.Members(population);
            foreach (var tp in HeatmapTimePoints)
            {
                var reads = members.Select(c => (c.PatientId, Read: ScoresStep.ScanAt(ctx, c, tp)?.Read)).Where(r => r.Read is not null).ToArray();
                foreach (var s in SiopenSegments.All)
                {
                    var positive = reads.Where(r => r.Read![s] > 0).Select(r => r.PatientId).ToArray();
                    list.Add(new SegmentFrequency(population, tp, s.Code, positive.Length, reads.Length,
                        reads.Length == 0 ? 0 : (double)positive.Length / reads.Length, positive));
                }
            }
        }
        return list;
    }

    /// <summary>One swimmer row per persistent patient.</summary>
    public static IReadOnlyList<SwimmerRow> Swimmer(AnalysisContext ctx) =>
        ctx.Members(GroupCodes.Persistent).Select(c =>
        {
            var p = c.Patient;
            double Y(DateOnly d) => ctx.Years(p.DiagnosisDate, d);
            var phases = new List<SwimmerPhase>();
            if (p.InductionEndDate is { } ie) phases.Add(new SwimmerPhase("induction", 0, Y(ie)));
            if (p.HdcDate is { } hdc) phases.Add(new SwimmerPhase("hdc", Y(hdc), Y(p.MaintenanceStartDate ?? hdc)));
            if (p.MaintenanceStartDate is { } ms) phases.Add(new SwimmerPhase("maintenance", Y(ms), Y(p.EndOfTreatmentDate ?? p.LastContactDate)));
            return new SwimmerRow
            {
                PatientId = c.PatientId,
                Group = ctx.Assignments[c.PatientId].Group,
                LastContactYears = Y(p.LastContactDate),
                VitalStatus = p.VitalStatus,
                Phases = phases,
                Scans = c.Scans.Select(s => new SwimmerScan(s.ScanId, Y(s.Date), s.TimePoint, s.Read is null ? null : (int)Math.Round(s.Read.Total))).ToArray(),
                Events = c.Events.Select(e => new SwimmerEvent(Y(e.EventDate), e.EventType)).ToArray(),
                Radiotherapy = Core.Study.StudyRadiotherapy.Courses(ctx.Study).Where(r => r.PatientId == c.PatientId)
                    .Select(r => new SwimmerRadiotherapy(Y(r.StartDate), r.EndDate is { } e ? Y(e) : null, r.Target, r.Sites, r.DoseGy))
                    .ToArray(),
            };
        }).ToArray();

    /// <summary>Every scan with its time point and resolved total.</summary>
    public static IReadOnlyList<ScanTimePoint> Scans(AnalysisContext ctx) =>
        ctx.Courses.SelectMany(c => c.Scans.Select(s => new ScanTimePoint(s.ScanId, c.PatientId, s.Date, s.TimePoint,
            s.Explicit ? TimePointAssignment.Explicit : TimePointAssignment.Window, s.Read?.Total, s.Read?.Source ?? "pending"))).ToArray();

    /// <summary>Scans of the study without a usable read, sorted.</summary>
    public static IReadOnlyList<string> PendingReads(AnalysisContext ctx) =>
        ctx.Courses.SelectMany(c => c.Scans).Where(s => s.Read is null).Select(s => s.ScanId).Order(StringComparer.Ordinal).ToArray();
}

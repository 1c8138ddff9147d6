using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>SIOPEN totals by group and time point, and follow-up by group.</summary>
internal static class ScoresSection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        yield return new HeadingBlock(1, "SIOPEN scores and follow-up", "scores");
        var timepoints = ClinicalLabels.TimePointOrder.Where(tp => r.Scores.Any(s => s.Timepoint == tp)).ToList();
        var groups = r.Scores.Select(s => s.Group).Distinct().OrderBy(ClinicalLabels.GroupRank).ToList();
        var columns = new List<string> { "Group" };
        columns.AddRange(timepoints.Select(ClinicalLabels.TimePoint));
        var rows = groups.Select(g =>
        {
            var cells = new List<string> { ClinicalLabels.Group(g) };
            cells.AddRange(timepoints.Select(tp => r.Scores.FirstOrDefault(s => s.Group == g && s.Timepoint == tp) is { } s
                ? s.N == 0 ? "n = 0" : $"{MedianRange(s.Median, s.Min, s.Max)} (n = {N(s.N)})"
                : "–"));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        yield return new TableBlock(new ReportTable("siopen-scores", "SIOPEN total by group and time point, median [min–max] (n scans)",
            columns, rows, "One scan per patient and time point, resolved read of the plan. 'Progressed' = progression during maintenance ∪ progression after treatment."));

        if (r.Followup.Count > 0)
        {
            var follow = r.Followup.OrderBy(f => ClinicalLabels.GroupRank(f.Group)).Select(f => (IReadOnlyList<string>)
                [ClinicalLabels.Group(f.Group), N(f.N), MedianRange(f.MedianYears, f.MinYears, f.MaxYears)]).ToList();
            if (r.CohortFollowup is { } c)
            {
                follow.Insert(0, [ClinicalLabels.Group(c.Observed.Group), N(c.Observed.N), MedianRange(c.Observed.MedianYears, c.Observed.MinYears, c.Observed.MaxYears)]);
            }

            var note = "Among patients without an event, from the plan's follow-up origin to last contact." +
                (r.CohortFollowup?.ReverseKmMedianYears is { } rk ? $" Reverse Kaplan–Meier median follow-up of the eligible cohort: {D(rk)} years." : "");
            yield return new TableBlock(new ReportTable("followup", "Follow-up by group, years, median [min–max]",
                ["Group", "Event-free patients", "Follow-up, years"], follow, note));
        }
    }
}

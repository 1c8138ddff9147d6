using Mibg.Core.TimePoints;
using Mibg.Analysis.Results;
using Mibg.Core.Scoring;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>The skeleton heat maps (one per population) and their frequency table.</summary>
internal static class SkeletonSection
{
    private static readonly TimePoint[] PanelTimePoints = [TimePoint.Diagnosis, TimePoint.PostHdc, TimePoint.EndOfTreatment, TimePoint.Progression];

    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        if (r.SegmentFrequencies.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(1, "Where the disease is: skeletal segments", "skeleton");
        var populations = r.SegmentFrequencies.Select(f => f.Population).Distinct().OrderBy(ClinicalLabels.GroupRank).ToList();
        foreach (var population in populations)
        {
            yield return new FigureBlock(HeatMap(r.SegmentFrequencies, population));
        }

        var columns = new List<string> { "Population", "Segment" };
        columns.AddRange(PanelTimePoints.Select(ClinicalLabels.TimePoint));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var population in populations)
        {
            foreach (var segment in SiopenSegments.All)
            {
                var cells = new List<string> { ClinicalLabels.Group(population), segment.Name };
                cells.AddRange(PanelTimePoints.Select(tp =>
                    r.SegmentFrequencies.FirstOrDefault(f => f.Population == population && f.Timepoint == tp && f.Segment == segment.Code) is { } f
                        ? f.Evaluated == 0 ? "–" : $"{N(f.Positive)}/{N(f.Evaluated)} ({Pct(f.Proportion, 0)})"
                        : "–"));
                rows.Add(cells);
            }
        }

        yield return new TableBlock(new ReportTable("segment-frequencies",
            "Patients with each SIOPEN segment positive (score > 0), by time point: positive / scanned (%)", columns, rows));
    }

    /// <summary>The four-panel heat map of one population.</summary>
    public static SkeletonHeatMapFigure HeatMap(IReadOnlyList<SegmentFrequency> frequencies, string population)
    {
        var panels = PanelTimePoints.Select(tp =>
        {
            var cells = frequencies.Where(f => f.Population == population && f.Timepoint == tp).ToList();
            var scans = cells.Count == 0 ? 0 : cells.Max(c => c.Evaluated);
            return new SkeletonPanel(ClinicalLabels.TimePoint(tp), scans, cells.ToDictionary(c => c.Segment, c => c.Proportion));
        }).ToList();
        return new SkeletonHeatMapFigure($"skeleton-{population.Replace('_', '-')}",
            $"{ClinicalLabels.Group(population)}: share of patients with each SIOPEN segment positive at diagnosis, after HDC, " +
            "at the end of treatment and at progression (anterior view; the patient's right on the left).", panels);
    }
}

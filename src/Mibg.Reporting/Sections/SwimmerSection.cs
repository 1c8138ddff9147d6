using Mibg.Core.Study;
using Mibg.Core.Json;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using FigurePhase = Mibg.Reporting.Figures.SwimmerPhase;
using FigureScan = Mibg.Reporting.Figures.SwimmerScan;
using FigureEvent = Mibg.Reporting.Figures.SwimmerEvent;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>The swimmer plot of the persistent patients and its per-scan listing.</summary>
internal static class SwimmerSection
{
    private static readonly string[] LeafOrder =
    [
        GroupCodes.ProgressionDuringMaintenance, GroupCodes.CrAtEndOfTreatment, GroupCodes.PersistentResponse,
        GroupCodes.ProgressionAfterTreatment, GroupCodes.DeathWithoutProgression, GroupCodes.NotEvaluable,
    ];

    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        if (r.Swimmer.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(1, "Course of the persistent patients", "swimmer");
        yield return new FigureBlock(Figure(r.Swimmer));
    }

    /// <summary>Every scan of the persistent patients (the swimmer plot's data).</summary>
    public static IEnumerable<ReportBlock> Listings(StudyResults r)
    {
        var rows = r.Swimmer.OrderBy(s => s.PatientId, StringComparer.Ordinal)
            .SelectMany(s => s.Scans.Select(scan => (IReadOnlyList<string>)
                [s.PatientId, ClinicalLabels.Group(s.Group), scan.ScanId, ClinicalLabels.TimePoint(scan.Timepoint), D(scan.Years, 2),
                 scan.SiopenTotal is { } t ? N(t) : "pending"]))
            .ToList();
        yield return new TableBlock(new ReportTable("swimmer-scans", "Scans of the persistent patients (swimmer plot data)",
            ["Patient", "Group", "Scan", "Time point", "Years from diagnosis", "SIOPEN total"], rows));
        }

    /// <summary>Swimmer rows of results.json as figure input; the line runs on past the last phase to last contact.</summary>
    public static SwimmerFigure Figure(IReadOnlyList<SwimmerRow> rows)
    {
        var patients = rows.Select(s =>
        {
            var phases = s.Phases.Select(p => new FigurePhase(Phase(p.Phase), p.StartYears, p.EndYears)).ToList();
            var end = phases.Count == 0 ? 0 : phases.Max(p => p.End);
            if (s.LastContactYears > end)
            {
                phases.Add(new FigurePhase(TreatmentPhase.FollowUp, end, s.LastContactYears));
            }

            return new SwimmerPatient(s.PatientId, ClinicalLabels.Group(s.Group), s.LastContactYears,
                string.Equals(s.VitalStatus, "alive", StringComparison.OrdinalIgnoreCase), phases,
                s.Scans.Select(x => new FigureScan(x.Years, x.SiopenTotal)).ToList(),
                s.Events.Select(e => new FigureEvent(e.Years, e.EventType.Code())).ToList(),
                s.Radiotherapy.Select(r => new SwimmerCourse(r.StartYears, r.EndYears ?? r.StartYears, r.Target == RadiotherapyTarget.Metastasis)).ToList());
        }).ToList();
        return new SwimmerFigure("swimmer-persistent",
            "Persistent patients from diagnosis to last contact: treatment phases, scans labelled with their SIOPEN total, radiotherapy courses, disease events and deaths.",
            patients, LeafOrder.Select(ClinicalLabels.Group).ToList());
    }

    private static TreatmentPhase Phase(string code) => code switch
    {
        "induction" => TreatmentPhase.Induction,
        "hdc" => TreatmentPhase.Hdc,
        "maintenance" => TreatmentPhase.Maintenance,
        _ => TreatmentPhase.FollowUp,
    };
}

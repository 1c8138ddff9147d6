using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>Cohort flow (STROBE diagram), the excluded patients and Table 1.</summary>
internal static class CohortSection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        yield return new HeadingBlock(1, "Cohort", "cohort");
        yield return new FigureBlock(new FlowDiagramFigure(Flow(r)));
        if (r.Table1.Count > 0)
        {
            yield return new HeadingBlock(1, "Patient characteristics", "table1");
            yield return new TableBlock(Table1(r.Table1));
        }
    }

    /// <summary>Patient listings behind the flow diagram: the excluded and the not-evaluable patients.</summary>
    public static IEnumerable<ReportBlock> Listings(StudyResults r)
    {
        if (r.Excluded.Count > 0)
        {
            var stepNames = r.Flow.ToDictionary(f => f.Step, f => f.Criterion);
            yield return new TableBlock(new ReportTable("excluded", "Excluded patients and the first criterion failed",
                ["Patient", "Step", "Reason"],
                r.Excluded.Select(e => (IReadOnlyList<string>)[e.PatientId, stepNames.GetValueOrDefault(e.Step, e.Step), e.Reason]).ToList()));
        }

        var notEvaluable = r.Groups.FirstOrDefault(g => g.Group == GroupCodes.NotEvaluable);
        if (notEvaluable is { N: > 0 })
        {
            yield return new TableBlock(new ReportTable("not-evaluable", "Persistent patients whose group could not be decided",
                ["Patient", "Reason"],
                notEvaluable.Patients.Select(id => (IReadOnlyList<string>)[id, notEvaluable.Reasons.GetValueOrDefault(id, "")]).ToList()));
        }

    }

    /// <summary>The flow diagram's boxes: steps with their exclusions, then the group tree.</summary>
    public static FlowDiagram Flow(StudyResults r)
    {
        var steps = r.Flow.Select((f, i) =>
        {
            var reasons = r.Excluded.Where(e => e.Step == f.Step).Select(e => e.Reason).Distinct(StringComparer.Ordinal).ToList();
            var text = reasons.Count is > 0 and <= 2 ? string.Join("; ", reasons) : "not meeting: " + f.Criterion;
            return new FlowDiagramStep(Capitalised(f.Criterion), f.N, i == 0 ? 0 : f.ExcludedN, text);
        }).ToList();

        FlowBranch? Branch(string code, params FlowBranch?[] children)
        {
            var g = r.Groups.FirstOrDefault(x => x.Group == code);
            return g is null ? null : new FlowBranch(ClinicalLabels.Group(code), g.N, children.OfType<FlowBranch>().ToList());
        }

        var branches = new[]
        {
            Branch(GroupCodes.ClearedAfterHdc),
            Branch(GroupCodes.Persistent,
                Branch(GroupCodes.ProgressionDuringMaintenance),
                Branch(GroupCodes.CrAtEndOfTreatment),
                Branch(GroupCodes.PersistentAtEndOfTreatment, Branch(GroupCodes.PersistentResponse), Branch(GroupCodes.ProgressionAfterTreatment)),
                r.Groups.Any(g => g.Group == GroupCodes.DeathWithoutProgression && g.N > 0) ? Branch(GroupCodes.DeathWithoutProgression) : null,
                r.Groups.Any(g => g.Group == GroupCodes.NotEvaluable && g.N > 0) ? Branch(GroupCodes.NotEvaluable) : null),
        }.OfType<FlowBranch>().ToList();
        return new FlowDiagram("flow", "Cohort flow (STROBE): patients remaining after each eligibility criterion, those excluded " +
            "with the reason, and the groups defined by the post-HDC scan and the course afterwards.", steps, branches);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ReportTable Table1(IReadOnlyList<Table1Row> rows)
    {
        var groups = rows[0].Cells.Select(c => c.Group).ToList();
        var columns = new List<string> { "Characteristic", "Statistic" };
        columns.AddRange(groups.Select(g => $"{ClinicalLabels.Group(g)} (n = {N(rows[0].Cells.First(c => c.Group == g).Of)})"));
        var table = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            var label = row.Level is null ? row.Characteristic : $"{row.Characteristic}: {ClinicalLabels.Level(row.Level)}";
            var cells = new List<string> { label, row.Statistic };
            cells.AddRange(groups.Select(g => row.Cells.FirstOrDefault(c => c.Group == g)?.Text ?? "–"));
            table.Add(cells);
        }

        return new ReportTable("table1", "Baseline characteristics by group", columns, table,
            "n (%) with the percentage of patients whose value is known (missing or unknown values counted apart, not in the denominator); continuous characteristics as median [min–max] of known values.");
    }
}

using System.Globalization;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Descriptive;

namespace Mibg.Analysis.Steps;

/// <summary>Table 1: characteristics of the eligible cohort, the cleared and the persistent patients.</summary>
internal static class Table1Step
{
    public static IReadOnlyList<Table1Row> Build(AnalysisContext ctx)
    {
        var columns = new (string Group, IReadOnlyList<PatientCourse> Members)[]
        {
            ("eligible", ctx.Eligible),
            (GroupCodes.ClearedAfterHdc, ctx.Members(GroupCodes.ClearedAfterHdc)),
            (GroupCodes.Persistent, ctx.Members(GroupCodes.Persistent)),
        };
        var rows = new List<Table1Row>
        {
            new("Patients", null, "n", columns.Select(c => new Table1Cell(c.Group, I(c.Members.Count), c.Members.Count, c.Members.Count, Ids(c.Members))).ToArray()),
            Median(columns, "Age at diagnosis, years", c => c.Patient.AgeAtDiagnosisDays / ctx.Plan.Endpoints.DaysPerYear),
        };
        rows.AddRange(Levels(columns, "Sex", c => c.Patient.Sex));
        rows.AddRange(Levels(columns, "MYCN", c => c.Patient.Mycn));
        rows.AddRange(Levels(columns, "Bone marrow involved at diagnosis", c => c.Patient.BoneMarrowAtDiagnosis));
        rows.Add(Median(columns, "SIOPEN total at diagnosis", c => c.DiagnosisScan?.Read?.Total));
        rows.AddRange(Levels(columns, $"SIOPEN total at diagnosis > {I(ctx.Plan.Cox.DiagnosisSiopenAbove)}",
            c => c.DiagnosisScan?.Read is { } r ? (r.Total > ctx.Plan.Cox.DiagnosisSiopenAbove ? "yes" : "no") : null));
        rows.Add(Median(columns, "SIOPEN total after HDC", c => c.PostHdcScan?.Read?.Total));
        rows.AddRange(Levels(columns, "Induction regimen", c => c.Patient.InductionRegimen));
        rows.AddRange(Levels(columns, "HDC regimen", c => c.Patient.HdcRegimen));
        rows.AddRange(Levels(columns, "Anti-GD2 immunotherapy", c => c.Patient.AntiGd2));
        // Tumour biology and the INRG age cut-off (docs/analysis.md "Table 1"): 18 months = 547 days (Cohn et al., JCO 2009).
        rows.AddRange(Levels(columns, "Age < 18 months at diagnosis", c => c.Patient.AgeAtDiagnosisDays < Table1Biology.EighteenMonthsDays ? "yes" : "no"));
        rows.AddRange(Levels(columns, "Chromosome 11q", c => Table1Biology.Code(c.Patient.Chr11q)));
        rows.AddRange(Levels(columns, "Chromosome 1p", c => Table1Biology.Code(c.Patient.Chr1p)));
        rows.AddRange(Levels(columns, "ALK", c => Table1Biology.Code(c.Patient.Alk)));
        rows.AddRange(Levels(columns, "Histology (INPC)", c => Table1Biology.Code(c.Patient.Histology)));
        rows.AddRange(Levels(columns, "Primary site", c => Table1Biology.Code(c.Patient.PrimarySite)));
        rows.Add(Median(columns, "LDH at diagnosis, U/L", c => c.Patient.LdhUPerL));
        return rows;
    }

    private static Table1Row Median((string Group, IReadOnlyList<PatientCourse> Members)[] columns, string name, Func<PatientCourse, double?> value) =>
        new(name, null, "median [min–max]", columns.Select(col =>
        {
            var known = col.Members.Where(c => value(c) is not null).ToArray();
            var v = known.Select(c => value(c)!.Value).ToArray();
            if (v.Length == 0) return new Table1Cell(col.Group, "–", 0, col.Members.Count, []);
            var s = Summary.MedianRange(v);
            return new Table1Cell(col.Group, $"{F(s.Median)} [{F(s.Min)}–{F(s.Max)}]", v.Length, col.Members.Count, Ids(known));
        }).ToArray());

    /// <summary>Missing and "unknown" values: counted in their own row, left out of the percentages' denominators.</summary>
    public const string MissingLevel = "missing";

    private static IEnumerable<Table1Row> Levels((string Group, IReadOnlyList<PatientCourse> Members)[] columns, string name, Func<PatientCourse, string?> value)
    {
        string Level(PatientCourse c) => value(c) is { } v && v != "unknown" ? v : MissingLevel;
        var levels = columns[0].Members.Select(Level).Distinct().Order(StringComparer.Ordinal)
            .OrderBy(l => l == MissingLevel ? 1 : 0).ToArray();
        return levels.Select(level => new Table1Row(name, level, level == MissingLevel ? "n" : "n (% of known)", columns.Select(col =>
        {
            var counted = col.Members.Where(c => Level(c) == level).ToArray();
            var known = col.Members.Count(c => Level(c) != MissingLevel);
            var n = counted.Length;
            if (level == MissingLevel) return new Table1Cell(col.Group, I(n), n, col.Members.Count, Ids(counted));
            var pct = known == 0 ? 0 : 100.0 * n / known;
            return new Table1Cell(col.Group, $"{I(n)} ({pct.ToString("0.0", CultureInfo.InvariantCulture)}%)", n, known, Ids(counted));
        }).ToArray()));
    }

    private static string[] Ids(IEnumerable<PatientCourse> courses) => courses.Select(c => c.PatientId).Order(StringComparer.Ordinal).ToArray();

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}

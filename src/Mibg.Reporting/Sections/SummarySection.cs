using Mibg.Core.Plan;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Reporting.Document;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>The headline numbers at the top of the report.</summary>
internal static class SummarySection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        var eligible = r.Flow.Count > 0 ? r.Flow[^1].N : 0;
        var p = r.Persistent;
        var facts = new List<(string, string)>
        {
            (N(eligible), $"eligible patients (of {N(r.Study.Patients)} in the study)"),
            ($"{N(p.N)} ({Pct(p.Proportion)})",
                $"persistent skeletal uptake after HDC, {Pct(p.ConfLevel, 0)} CI {Pct(p.CiLower)}–{Pct(p.CiUpper)} ({ClinicalLabels.Interval(p.Method)})"),
            ($"{N(r.RelapseSites.AtPriorSkeletalSites)} / {N(r.RelapseSites.Relapses)}",
                "relapses after treatment at sites of prior skeletal disease"),
        };
        foreach (var code in new[] { GroupCodes.ProgressionDuringMaintenance, GroupCodes.CrAtEndOfTreatment, GroupCodes.PersistentAtEndOfTreatment })
        {
            var g = r.Groups.FirstOrDefault(x => x.Group == code);
            if (g is not null)
            {
                facts.Add((N(g.N), ClinicalLabels.Group(code) + " (of the persistent patients)"));
            }
        }

        var efs = r.Survival.FirstOrDefault(s => s is { Endpoint: SurvivalEndpoint.Efs, Comparison: SurvivalComparisonKind.PersistentVsCleared });
        if (efs?.Logrank is { } lr)
        {
            // The call that defines the groups depends on the reader: the headline says how far (Table "The key result under each read").
            var others = r.Agreement?.ReadSensitivity.Where(x => x.Resolution.Kind == Mibg.Core.Cohort.ReadResolutionKind.Reader && x.LogrankP is not null)
                .Select(x => x.LogrankP!.Value).ToList() ?? [];
            var range = others.Count == 0 ? "" : $"; with one reader's reads instead of the consensus: {Drawing.PValueText.Format(others.Min())}" +
                (others.Count > 1 ? $" to {Drawing.PValueText.Format(others.Max())}" : "");
            facts.Add((Drawing.PValueText.Format(lr.P), "log-rank, EFS persistent vs cleared from the post-HDC scan (consensus reads" + range + ")"));
        }

        if (r.Oligo.Of > 0)
        {
            facts.Add(($"{N(r.Oligo.N)} / {N(r.Oligo.Of)}", "persistent patients with oligo-skeletal disease"));
        }

        yield return new KeyFactsBlock(facts);
        yield return new ParagraphBlock(
            $"The study holds {N(r.Study.Patients)} patients, {N(r.Study.Scans)} scans, {N(r.Study.Reads)} reads and {N(r.Study.Events)} events. " +
            $"{N(eligible)} patients met every eligibility criterion; {N(p.N)} of them ({Pct(p.Proportion)}) still had skeletal mIBG uptake " +
            "on the scan after high-dose chemotherapy (HDC). Every figure below is drawn from results.json; every table is also a CSV file in tables/ " +
            "and every figure an SVG and a PNG in figures/.");
        if (r.PendingReads.Count > 0)
        {
            yield return new ParagraphBlock(
                $"{N(r.PendingReads.Count)} scan(s) have no usable read under the plan's read resolution and are left out: " +
                string.Join(", ", r.PendingReads.Take(20)) + (r.PendingReads.Count > 20 ? ", …" : "") + ".", Small: true);
        }
    }
}

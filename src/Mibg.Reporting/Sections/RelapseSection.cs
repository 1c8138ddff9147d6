using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>Relapse sites (persistent / cleared / new per patient), counterfactual local control and oligo disease.</summary>
internal static class RelapseSection
{
    public static IEnumerable<ReportBlock> Build(StudyResults r)
    {
        var rs = r.RelapseSites;
        yield return new HeadingBlock(1, "Relapse sites and local control", "relapse");
        yield return new ParagraphBlock(
            $"{N(rs.Relapses)} patient(s) with persistent uptake at the end of treatment progressed afterwards; {N(rs.AtPriorSkeletalSites)} of them " +
            "relapsed at sites of prior skeletal disease (a segment positive on the last scan before the event, or positive at diagnosis). " +
            "Each segment positive at progression is classified persistent (positive on the last scan before the event), cleared (positive at " +
            "diagnosis, negative on that scan) or new (negative at diagnosis)." +
            (rs.WithoutProgressionScan.Count > 0 ? $" Without a progression scan (not classified): {string.Join(", ", rs.WithoutProgressionScan)}." : ""));
        if (rs.Patients.Count > 0)
        {
            static string Segs(IReadOnlyList<string> codes) => codes.Count == 0 ? "–" : string.Join(", ", codes.Select(ClinicalLabels.Segment));
            yield return new TableBlock(new ReportTable("relapse-sites", "Segments positive at progression, per patient",
                ["Patient", "Group", "Reference scan", "Persistent", "Cleared", "New", "Other sites", "Pattern"],
                rs.Patients.Select(p => (IReadOnlyList<string>)
                [
                    p.PatientId, ClinicalLabels.Group(p.Group), ClinicalLabels.TimePoint(p.ReferenceTimepoint), Segs(p.Persistent), Segs(p.Cleared), Segs(p.New),
                    p.NonSkeletal.Count == 0 ? "–" : string.Join(", ", p.NonSkeletal.Select(s => s.Replace('_', ' '))), p.Pattern.Replace('_', ' '),
                ]).ToList()));
        }

        if (r.LocalControl is { } lc)
        {
            yield return new HeadingBlock(2, "Counterfactual local control", "local-control");
            yield return new ParagraphBlock(
                $"Had every persistent site been irradiated with a local-control probability of p = {G(lc.Probability, 2)} per site, a relapse confined " +
                $"to its k persistent sites would have been prevented with probability p^k. Of {N(lc.Relapses)} classified relapse(s) of persistent patients, " +
                $"{N(lc.ConfinedToPersistent)} were confined to persistent sites; the expected number prevented is {D(lc.ExpectedPrevented, 2)}. " +
                "Relapses involving cleared or new sites would not have been prevented.");
            if (lc.Patients.Count > 0)
            {
                yield return new TableBlock(new ReportTable("local-control", "Relapses confined to persistent sites",
                    ["Patient", "Persistent sites (k)", "Probability prevented (p^k)"],
                    lc.Patients.Select(p => (IReadOnlyList<string>)[p.PatientId, N(p.Sites), D(p.ProbabilityPrevented, 3)]).ToList()));
            }
        }

        yield return new HeadingBlock(2, "Oligo-skeletal disease", "oligo");
        yield return new ParagraphBlock(
            $"{N(r.Oligo.N)} of {N(r.Oligo.Of)} persistent patients had oligo-skeletal disease ({r.Oligo.Definition})" +
            (r.Oligo.Patients.Count > 0 ? ": " + string.Join(", ", r.Oligo.Patients) + "." : "."));
    }
}

using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Json;
using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using Mibg.Reporting.Figures;
using Mibg.Statistics.CompetingRisks;
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
            "diagnosis, negative on that scan) or new (negative at diagnosis). Two reference scans are used on purpose: the per-patient table " +
            "below judges each relapse against the last scan before it (the seed study's definition, behind its headline count), while the " +
            "pattern table and the counterfactual judge the same relapses against the plan's reference scan (default the post-HDC scan, when " +
            "radiotherapy to persisting sites would be given); a segment whose uptake changed between the post-HDC and the end-of-treatment " +
            "scan can therefore fall in different classes in the two tables (e.g. persistent in one, cleared in the other)." +
            (rs.WithoutProgressionScan.Count > 0 ? $" Without a progression scan (not classified): {string.Join(", ", rs.WithoutProgressionScan)}." : ""));
        if (rs.Patients.Count > 0)
        {
            static string Segs(IReadOnlyList<string> codes) => codes.Count == 0 ? "–" : string.Join(", ", codes.Select(ClinicalLabels.Segment));
            yield return new TableBlock(new ReportTable("relapse-sites", "Segments positive at progression, per patient",
                ["Patient", "Group", "Reference scan", "Persistent", "Cleared", "New", "Other sites", "In field (irradiated)", "Skeletal pattern vs the reference scan"],
                rs.Patients.Select(p => (IReadOnlyList<string>)
                [
                    p.PatientId, ClinicalLabels.Group(p.Group), ClinicalLabels.TimePoint(p.ReferenceTimepoint), Segs(p.Persistent), Segs(p.Cleared), Segs(p.New),
                    p.NonSkeletal.Count == 0 ? "–" : string.Join(", ", p.NonSkeletal.Select(s => s.Replace('_', ' '))), Segs(p.InField),
                    p.Pattern.Code().Replace('_', ' ') + (p.NonSkeletal.Count > 0 && p.Pattern != RelapsePattern.NonSkeletalOnly ? ", with non-skeletal sites" : "")
                        + (p.InField.Count > 0 ? ", in-field failure" : ""),
                ]).ToList(),
                "Reference scan: the last read post-HDC or end-of-treatment scan before the event (the seed's definition); the pattern table below " +
                "judges the same relapses against the plan's reference scan and counts a relapse with any non-skeletal site apart. " +
                "In field: a segment positive at progression that a metastasis radiotherapy course covered after the post-HDC scan (within the plan's " +
                "irradiation window, before the event); such a relapse is an in-field failure, reported apart and never counted as preventable by irradiation."));
        }

        if (rs.Patterns is { } pt)
        {
            static string Ids(PatternCount c) => c.N == 0 ? "–" : string.Join(", ", c.Patients);
            yield return new TableBlock(new ReportTable("relapse-patterns", $"Relapse patterns against the {(pt.Reference == RelapseReference.PostHdc ? "post-HDC" : "last pre-event")} scan (a relapse can be in several rows except the first)",
                ["Pattern", "n", "Patients"],
                [
                    ["Persistent, non-irradiated sites only (no cleared, new, in-field or non-skeletal site)", N(pt.PersistentOnly.N), Ids(pt.PersistentOnly)],
                    ["With in-field failures (a site irradiated after the post-HDC scan)", N(pt.WithInFieldFailures.N), Ids(pt.WithInFieldFailures)],
                    ["With cleared sites (positive at diagnosis, negative on the reference)", N(pt.WithClearedSites.N), Ids(pt.WithClearedSites)],
                    ["With new sites (negative at diagnosis and on the reference)", N(pt.WithNewSites.N), Ids(pt.WithNewSites)],
                    ["With non-skeletal sites (bone marrow, soft tissue, primary)", N(pt.WithNonSkeletalSites.N), Ids(pt.WithNonSkeletalSites)],
                ]));
        }

        if (r.CumulativeIncidence is { } ci)
        {
            yield return new FigureBlock(Figure(ci, r.Reproducibility.Plan.Endpoints.CurveStopsBelowAtRisk));
            var times = ci.AtTimes.Select(a => a.Time).Distinct().Order().ToArray();
            var rows = new List<IReadOnlyList<string>>();
            foreach (var cause in ci.Causes.Keys.Order(StringComparer.Ordinal))
            {
                foreach (var g in ci.Curves.Where(c => c.Cause == cause).Select(c => c.Group))
                {
                    var curve = ci.Curves.First(c => c.Cause == cause && c.Group == g);
                    var row = new List<string> { ci.Causes[cause], ClinicalLabels.Group(g), N(curve.N), N(curve.Events) };
                    foreach (var t in times)
                    {
                        var a = ci.AtTimes.FirstOrDefault(x => x.Cause == cause && x.Group == g && x.Time == t);
                        row.Add(a?.Estimate is { } e ? $"{Pct(e, 1)} (SE {Pct(Math.Sqrt(a.Variance ?? 0), 1)})" : "–");
                    }
                    var test = ci.Tests.FirstOrDefault(x => x.Cause == cause);
                    row.Add(test?.P is { } p ? P(p) : cause == "1" ? "not tested (none in the cleared group by definition)" : "–");
                    rows.Add(row);
                }
            }
            var columns = new List<string> { "Event", "Group", "n", "Events" };
            columns.AddRange(times.Select(t => $"{G(t, 1)} years"));
            columns.Add("Gray's test p");
            yield return new TableBlock(new ReportTable("cumulative-incidence",
                "Cumulative incidence from the post-HDC scan (Aalen–Johansen), persistent vs cleared, with death or second malignancy without relapse as the competing event",
                columns, rows, "Competing-risks estimates (cmprsk::cuminc): a Kaplan–Meier estimate that censored the competing deaths would overstate the relapse incidence. " +
                AnyRelapseText(ci)));
        }

        if (r.LocalControl is { } lc)
        {
            yield return new HeadingBlock(2, "Counterfactual local control", "local-control");
            var oligo = lc.Populations.FirstOrDefault(x => x.Population == "trial_eligible") ?? lc.Populations.FirstOrDefault(x => x.Population == "oligo");
            yield return new ParagraphBlock(
                $"Had every persistent site been irradiated with a local-control probability of p = {G(lc.Probability, 2)} per site (Casey et al., IJROBP 2018), " +
                "a relapse would have been prevented only if every one of its sites was a persisting skeletal site — no cleared or new segment, no bone-marrow, " +
                "soft-tissue or primary site — and none of them had already been irradiated after the post-HDC scan (a relapse at an irradiated site is an " +
                $"in-field failure: irradiation was given and did not prevent it), with probability p^k for its k sites. Of {N(lc.Relapses)} classified relapse(s) of persistent patients, " +
                $"{N(lc.ConfinedToPersistent)} met this; the expected number prevented is {D(lc.ExpectedPrevented, 2)}." +
                (lc.InFieldFailures.Count == 0 ? " No relapse involved an irradiated site." : $" In-field failures, not counted as preventable: {N(lc.InFieldFailures.Count)} ({string.Join(", ", lc.InFieldFailures)}).") +
                (oligo is null ? "" : $" Among the {N(oligo.Patients)} oligo-skeletal patients a trial would enrol (persistent sites not yet irradiated), {N(oligo.Preventable.Count)} relapse(s) were preventable " +
                    $"({D(oligo.ExpectedPrevented, 2)} expected prevented of {N(oligo.EfsEvents)} EFS events), which implies an EFS hazard ratio of " +
                    (oligo.ImpliedHazardRatio is { } ihr ? D(ihr, 2) : "– (no EFS event)") + " for irradiation."));
            yield return new TableBlock(new ReportTable("local-control-populations", "Counterfactual by population",
                ["Population", "Patients", "Classified relapses", "Preventable (every site persistent, none irradiated)", "In-field failures", "Expected prevented", "EFS events", "Implied EFS HR"],
                lc.Populations.Select(x => (IReadOnlyList<string>)
                [
                    x.Population switch
                    {
                        "oligo" => "Oligo-skeletal after HDC",
                        "trial_eligible" => "Oligo-skeletal, not yet irradiated (trial population)",
                        _ => "All persistent after HDC",
                    }, N(x.Patients), N(x.Relapses),
                    x.Preventable.Count == 0 ? "0" : $"{N(x.Preventable.Count)} ({string.Join(", ", x.Preventable)})",
                    x.InFieldFailures.Count == 0 ? "0" : $"{N(x.InFieldFailures.Count)} ({string.Join(", ", x.InFieldFailures)})",
                    D(x.ExpectedPrevented, 2), N(x.EfsEvents), x.ImpliedHazardRatio is { } h ? D(h, 2) : "–",
                ]).ToList()));
            if (lc.Sensitivity.Count > 0)
            {
                yield return new TableBlock(new ReportTable("local-control-sensitivity", "Sensitivity of the counterfactual to the local-control probability p",
                    ["p", "Expected prevented, oligo", "Expected prevented, all persistent", "Implied EFS HR, oligo", "Implied EFS HR, trial population"],
                    lc.Sensitivity.Select(x => (IReadOnlyList<string>)
                    [
                        x.Source == "observed" ? $"{D(x.Probability, 2)} (observed here)" : G(x.Probability, 2), D(x.Oligo, 2), D(x.Persistent, 2),
                        x.OligoImpliedHazardRatio is { } h ? D(h, 2) : "–", x.TrialEligibleImpliedHazardRatio is { } te ? D(te, 2) : "–",
                    ]).ToList(),
                    lc.ObservedLocalControl is { } obs
                        ? $"Observed here: this study's own local control of irradiated persistent sites, {D(100 * obs)}% (1 − their cumulative incidence of local failure" +
                          (r.LocalControl.Incidence?.AtTimes.LastOrDefault(a => a.Irradiated is not null) is { } at ? $" at {G(at.Time)} years" : "") +
                          ", Local control of persistent sites), beside the assumed values of p. " +
                          "The trial population excludes oligo patients whose persistent sites were already irradiated: for them irradiation is what happened, not a counterfactual."
                        : ""));
            }
        }

        yield return new HeadingBlock(2, "Oligo-skeletal disease", "oligo");
        yield return new ParagraphBlock(
            $"{N(r.Oligo.N)} of {N(r.Oligo.Of)} persistent patients had oligo-skeletal disease ({r.Oligo.Definition})" +
            (r.Oligo.Patients.Count > 0 ? ": " + string.Join(", ", r.Oligo.Patients) + "." : "."));
    }

    /// <summary>Why cause 1 has no test, and the test that compares the groups on relapse instead.</summary>
    private static string AnyRelapseText(CumulativeIncidenceSummary ci) =>
        "A relapse confined to persistent sites cannot happen in the cleared group (it has no persistent site), so that curve is zero there by " +
        "construction and is not tested; the groups are compared on any relapse (both relapse rows as one event, death still competing): Gray's test " +
        (ci.Tests.FirstOrDefault(t => t.Cause == "any_relapse") is { P: { } p } ? PIs(p) + "." : "not computable.");

    /// <summary>Panel titles of the report's cumulative-incidence figure, by cause code (results.json <c>cumulative_incidence.causes</c>).</summary>
    private static readonly Dictionary<string, string> CauseTitles = new(StringComparer.Ordinal)
    {
        ["1"] = "Relapse at persistent sites only",
        ["2"] = "Any other relapse (cleared, new or non-skeletal sites)",
        ["3"] = "Death or second malignancy without relapse (competing)",
    };

    /// <summary>
    /// The cumulative incidence figure beside the table: one panel per cause, persistent vs cleared, from the post-HDC scan,
    /// drawn by the same code as <c>mibg cuminc --plot</c>; curves stop as the Kaplan–Meier curves do.
    /// </summary>
    public static CumulativeIncidenceFigure Figure(CumulativeIncidenceSummary ci, int stopBelowAtRisk)
    {
        var groups = ci.Curves.Select(c => c.Group).Distinct(StringComparer.Ordinal).OrderBy(ClinicalLabels.GroupRank).ToList();
        var causes = ci.Curves.Select(c => c.Cause).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var fit = new CumulativeIncidenceResult(groups.Select(ClinicalLabels.Group).ToList(), causes,
            ci.Curves.Select(c => c with { Group = ClinicalLabels.Group(c.Group) }).ToList(), ci.Tests);
        var atRisk = groups.Select(g => new AtRiskGroup(ClinicalLabels.Group(g),
            ci.Data.Where(d => d.Group == g).Select(d => d.Time).Order().ToArray())).ToList();
        var caption = "Cumulative incidence from the post-HDC scan (landmark), persistent vs cleared after HDC: relapse at persistent sites only, " +
            "any other relapse or progression, and death or second malignancy without relapse as the competing event. Aalen–Johansen estimates " +
            "(cmprsk::cuminc), Gray's test per cause in each panel, number at risk under the time axis" +
            (stopBelowAtRisk > 0 ? $"; curves stop where fewer than {N(stopBelowAtRisk)} patients of the group remain at risk." : ".") +
            " Origin: each patient's post-HDC scan; conditional on being eligible and event-free at that scan. " + AnyRelapseText(ci);
        // Cause 1 has no test (zero by construction among the cleared): its panel names the test of any relapse instead.
        var anyRelapse = ci.Tests.FirstOrDefault(t => t.Cause == "any_relapse");
        var notes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["1"] = "Not tested (impossible when cleared); any relapse: Gray's " + (anyRelapse?.P is { } p ? PIs(p) : "test not computable"),
        };
        return new CumulativeIncidenceFigure("cuminc-relapse-post-hdc", fit, atRisk, "Years from the post-HDC scan", "", CauseTitles, caption, stopBelowAtRisk, notes);
    }
}

using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Statistics.CompetingRisks;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 7, relapse patterns and their cumulative incidence (design/domain.md, "Site-level analysis"): every classified
/// first disease event after the post-HDC scan judged against the plan's reference scan; then, from the post-HDC scan,
/// the cumulative incidence of relapse at persistent sites only, of any other relapse, and of death or second
/// malignancy without relapse (competing), persistent vs cleared, with Gray's test.
/// </summary>
internal static class CumulativeIncidenceStep
{
    public const int PersistentOnlyCause = 1;
    public const int OtherRelapseCause = 2;
    public const int CompetingCause = 3;

    /// <summary>Code of Gray's test of any relapse (causes 1 and 2 together) in <c>cumulative_incidence.tests</c>.</summary>
    public const string AnyRelapse = "any_relapse";

    public static RelapsePatterns Patterns(AnalysisContext ctx, IReadOnlyList<PatientRelapseSites> relapses)
    {
        var reference = ctx.Plan.RelapseSites.Reference;
        var persistentOnly = new List<string>();
        var cleared = new List<string>();
        var @new = new List<string>();
        var nonSkeletal = new List<string>();
        var inField = new List<string>();
        var courses = ctx.Eligible.ToDictionary(c => c.PatientId, StringComparer.Ordinal);
        foreach (var x in relapses)
        {
            var c = courses[x.PatientId];
            var prog = c.Scans.First(s => s.ScanId == x.ProgressionScanId).Read!;
            var dx = c.DiagnosisScan!.Read!;
            var refRead = reference == RelapseReference.PostHdc ? c.PostHdcScan!.Read! : c.Scans.First(s => s.ScanId == x.ReferenceScanId).Read!;
            var k = RelapseSiteClassification.Classify(prog, refRead, dx);
            if (k.Cleared.Count > 0) cleared.Add(x.PatientId);
            if (k.New.Count > 0) @new.Add(x.PatientId);
            if (x.NonSkeletal.Count > 0) nonSkeletal.Add(x.PatientId);
            if (x.InField.Count > 0) inField.Add(x.PatientId);
            else if (k.Persistent.Count > 0 && k.Cleared.Count == 0 && k.New.Count == 0 && x.NonSkeletal.Count == 0) persistentOnly.Add(x.PatientId);
        }
        static PatternCount P(List<string> ids) => new(ids.Count, ids.Order(StringComparer.Ordinal).ToArray());
        return new RelapsePatterns
        {
            Reference = reference,
            PersistentOnly = P(persistentOnly), WithClearedSites = P(cleared), WithNewSites = P(@new), WithNonSkeletalSites = P(nonSkeletal),
            WithInFieldFailures = P(inField),
        };
    }

    public static CumulativeIncidenceSummary? Build(AnalysisContext ctx, RelapsePatterns patterns)
    {
        var persistentOnly = patterns.PersistentOnly.Patients.ToHashSet(StringComparer.Ordinal);
        var rows = new List<CompetingRiskRow>();
        foreach (var c in ctx.Eligible)
        {
            if (c.PostHdcScan is not { } post) continue;
            var group = ctx.Assignments[c.PatientId].Persistent ? GroupCodes.Persistent : GroupCodes.ClearedAfterHdc;
            var first = c.Events.FirstOrDefault(e => e.EventDate > post.Date);
            var death = c.DeathDate;
            DateOnly date;
            int cause;
            if (first is not null && (death is null || first.EventDate <= death))
            {
                date = first.EventDate;
                cause = first.IsDiseaseEvent ? (persistentOnly.Contains(c.PatientId) ? PersistentOnlyCause : OtherRelapseCause) : CompetingCause;
            }
            else if (death is { } d)
            {
                date = d;
                cause = CompetingCause;
            }
            else
            {
                date = c.Patient.LastContactDate;
                cause = 0;
            }
            var t = ctx.Years(post.Date, date);
            if (t < 0) continue;
            rows.Add(new CompetingRiskRow(c.PatientId, group, t, cause));
        }
        if (rows.All(r => r.Cause == 0)) return null;
        var times = rows.Select(r => r.Time).ToArray();
        var groups = rows.Select(r => r.Group).ToArray();
        var fit = CumulativeIncidence.Fit(times, rows.Select(r => r.Cause).ToArray(), groups);
        // Cause 1 cannot occur in the cleared group (no persistent site), so Gray's test of it would compare a curve that is
        // zero by construction: no test. Groups are compared on what both can have — any relapse (causes 1 and 2 as one
        // cause, death still competing) — beside the tests of causes 2 and 3.
        var anyRelapse = CumulativeIncidence.Fit(times, rows.Select(r => r.Cause is PersistentOnlyCause or OtherRelapseCause ? 1 : r.Cause == CompetingCause ? 2 : 0).ToArray(), groups)
            .Test("1");
        var tests = fit.Tests.Where(t => t.Cause != PersistentOnlyCause.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (anyRelapse is not null) tests.Insert(0, anyRelapse with { Cause = AnyRelapse });
        return new CumulativeIncidenceSummary
        {
            Origin = TimeOrigin.PostHdcScan,
            Causes = new Dictionary<string, string>
            {
                ["1"] = "relapse at persistent sites only (every site positive on the reference scan and not irradiated, no marrow, soft-tissue or primary site)",
                ["2"] = "any other relapse or progression (cleared, new, in-field or non-skeletal sites, or not classified)",
                ["3"] = "death or second malignancy without relapse (competing event)",
            },
            Curves = fit.Curves,
            AtTimes = fit.Curves.SelectMany(cv => cv.At(ctx.Plan.Endpoints.AtTimesYears)
                .Select(a => new CumulativeIncidenceAtTime(cv.Group, cv.Cause, a.Time, a.Estimate, a.Variance))).ToArray(),
            Tests = tests,
            Data = rows,
        };
    }
}

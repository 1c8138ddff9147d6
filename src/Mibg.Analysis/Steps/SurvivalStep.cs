using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Survival;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 6: Kaplan–Meier EFS and OS (times in years) — the whole cohort from diagnosis; persistent vs cleared and
/// the persistent groups from the plan's comparison origin (default the post-HDC scan: a landmark, so patients
/// with an event before it are left out and listed); log-rank p across strata.
/// </summary>
internal static class SurvivalStep
{
    public const string Cohort = "cohort";
    public const string PersistentVsCleared = "persistent_vs_cleared";
    public const string PersistentGroups = "persistent_groups";

    public static IReadOnlyList<SurvivalComparison> Build(AnalysisContext ctx)
    {
        var list = new List<SurvivalComparison>();
        var options = new KaplanMeierOptions { ConfLevel = ctx.Plan.ConfidenceLevel };
        foreach (var endpoint in ctx.Plan.Endpoints.Endpoints)
        {
            var all = ctx.Eligible.Select(c => (c, group: "all")).ToArray();
            Add(list, ctx, endpoint, ctx.Plan.Endpoints.CohortOrigin, Cohort, all, options);
            var pvc = ctx.Eligible.Select(c => (c, group: ctx.Assignments[c.PatientId].Persistent ? GroupCodes.Persistent : GroupCodes.ClearedAfterHdc)).ToArray();
            Add(list, ctx, endpoint, ctx.Plan.Endpoints.ComparisonOrigin, PersistentVsCleared, pvc, options);
            var groups = ctx.Eligible.Where(c => ctx.Assignments[c.PatientId].Persistent)
                .Select(c => (c, group: ctx.Assignments[c.PatientId].Group)).ToArray();
            Add(list, ctx, endpoint, ctx.Plan.Endpoints.ComparisonOrigin, PersistentGroups, groups, options);
        }
        return list;
    }

    /// <summary>Times (years from origin) and event flags; patients whose endpoint precedes the origin are left out.</summary>
    public static (List<(PatientCourse c, string group, double time, bool ev)> Kept, List<Exclusion> LeftOut) Sample(
        AnalysisContext ctx, string endpoint, string origin, IEnumerable<(PatientCourse c, string group)> members)
    {
        var kept = new List<(PatientCourse, string, double, bool)>();
        var left = new List<Exclusion>();
        foreach (var (c, g) in members)
        {
            var o = Endpoints.Of(endpoint, c);
            var start = Endpoints.Origin(origin, c);
            var t = ctx.Years(start, o.Date);
            if (t < 0)
                left.Add(new Exclusion(c.PatientId, $"{(o.Event ? "event" : "last contact")} on {o.Date:yyyy-MM-dd}, before the {origin} origin ({start:yyyy-MM-dd})", origin));
            else kept.Add((c, g, t, o.Event));
        }
        return (kept, left);
    }

    private static void Add(List<SurvivalComparison> list, AnalysisContext ctx, string endpoint, string origin, string comparison,
        IReadOnlyList<(PatientCourse c, string group)> members, KaplanMeierOptions options)
    {
        var (kept, left) = Sample(ctx, endpoint, origin, members);
        if (kept.Count == 0) return;
        var times = kept.Select(k => k.time).ToArray();
        var events = kept.Select(k => k.ev).ToArray();
        var groups = kept.Select(k => k.group).ToArray();
        var distinct = groups.Distinct().Count();
        var km = comparison == Cohort ? KaplanMeier.Fit(times, events, options) : KaplanMeier.FitGroups(times, events, groups, options);
        LogRankResult? logrank = null;
        if (comparison != Cohort && distinct >= 2 && events.Any(e => e)) logrank = LogRank.Test(times, events, groups);
        list.Add(new SurvivalComparison
        {
            Endpoint = endpoint,
            Origin = origin,
            Comparison = comparison,
            Km = km,
            Logrank = logrank,
            Patients = kept.GroupBy(k => k.group).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(k => k.c.PatientId).Order(StringComparer.Ordinal).ToArray()),
            LeftOut = left,
        });
    }
}

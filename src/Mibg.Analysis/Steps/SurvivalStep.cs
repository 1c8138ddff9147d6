using Mibg.Core.Json;
using Mibg.Core.Plan;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Regression;
using Mibg.Statistics.Survival;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 6: Kaplan–Meier EFS and OS (times in years) — the whole cohort from diagnosis; persistent vs cleared from the
/// plan's comparison origin (default the post-HDC scan: a landmark, so patients with an event before it are left out
/// and listed); log-rank p and the Cox HR (95% CI) beside it; each curve read at the plan's times; medians from small
/// groups flagged. Groups defined by the course after the post-HDC scan (persistent_response, progression_…) are
/// outcome-defined and are never compared by Kaplan–Meier (design/analysis.md step 6).
/// </summary>
internal static class SurvivalStep
{
    public const SurvivalComparisonKind Cohort = SurvivalComparisonKind.Cohort;
    public const SurvivalComparisonKind PersistentVsCleared = SurvivalComparisonKind.PersistentVsCleared;

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
        }
        return list;
    }

    /// <summary>Times (years from origin) and event flags; patients whose endpoint precedes the origin are left out.</summary>
    public static (List<(PatientCourse c, string group, double time, bool ev)> Kept, List<Exclusion> LeftOut) Sample(
        AnalysisContext ctx, SurvivalEndpoint endpoint, TimeOrigin origin, IEnumerable<(PatientCourse c, string group)> members)
    {
        var kept = new List<(PatientCourse, string, double, bool)>();
        var left = new List<Exclusion>();
        foreach (var (c, g) in members)
        {
            var o = Endpoints.Of(endpoint, c);
            var start = Endpoints.Origin(origin, c);
            var t = ctx.Years(start, o.Date);
            if (t < 0)
                left.Add(new Exclusion(c.PatientId, $"{(o.Event ? "event" : "last contact")} on {o.Date:yyyy-MM-dd}, before the {origin.Code()} origin ({start:yyyy-MM-dd})", origin.Code()));
            else kept.Add((c, g, t, o.Event));
        }
        return (kept, left);
    }

    private static void Add(List<SurvivalComparison> list, AnalysisContext ctx, SurvivalEndpoint endpoint, TimeOrigin origin, SurvivalComparisonKind comparison,
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
        var plan = ctx.Plan.Endpoints;
        var atTimes = km.Strata.SelectMany(st => plan.AtTimesYears.Select(t =>
        {
            var last = st.Steps.Count == 0 ? 0 : st.Steps[^1].Time;
            if (t > last) return new SurvivalAtTime(st.Name, t, null, null, null, 0);
            var step = st.StepAt(t);
            return new SurvivalAtTime(st.Name, t, step?.Survival ?? 1.0, step is null ? 1.0 : step.Lower, step is null ? 1.0 : step.Upper, st.NumberAtRisk(t));
        })).ToArray();
        SurvivalHazardRatio? hr = null;
        if (comparison == PersistentVsCleared && distinct == 2)
            hr = TwoGroupHazardRatio(ctx, times, events, groups, GroupCodes.ClearedAfterHdc, GroupCodes.Persistent);
        list.Add(new SurvivalComparison
        {
            Description = Describe(ctx, origin, comparison),
            AtTimes = atTimes,
            HazardRatio = hr,
            MedianFlags = km.Strata.Select(st => new MedianFlag(st.Name, st.N, st.N < plan.MinPatientsForMedian)).ToArray(),
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

    /// <summary>Origin and conditioning of a curve, in words.</summary>
    public static string Describe(AnalysisContext ctx, TimeOrigin origin, SurvivalComparisonKind comparison)
    {
        var gaps = ctx.Eligible.Where(c => c.PostHdcScan is not null).Select(c => (c.PostHdcScan!.Date.DayNumber - c.Patient.DiagnosisDate.DayNumber) / (ctx.Plan.Endpoints.DaysPerYear / 12)).ToArray();
        var months = gaps.Length == 0 ? "" : $" (median {Mibg.Statistics.Descriptive.Summary.MedianRange(gaps).Median.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} months from diagnosis)";
        var conditioning = $"Eligible patients all reached a read post-HDC scan without progression{months}, so ";
        return origin == TimeOrigin.PostHdcScan
            ? "From the post-HDC scan (landmark): each patient is followed from the scan that defines the group, so no time before the finding is counted; " +
              "patients with an event or last contact before their scan are left out and listed."
            : conditioning + (comparison == Cohort
                ? "curves from diagnosis are conditional on surviving event-free to that scan (immortal time); they describe this " +
                  "selected cohort, not all stage M patients at diagnosis."
                : "the time from diagnosis to the post-HDC scan is immortal time credited to both groups; the landmark analysis avoids it.");
    }

    /// <summary>Univariable Cox HR of <paramref name="compared"/> vs <paramref name="reference"/>; not estimable when a group has no event.</summary>
    public static SurvivalHazardRatio TwoGroupHazardRatio(AnalysisContext ctx, double[] times, bool[] events, string[] groups, string reference, string compared)
    {
        var noEvents = new[] { reference, compared }.Where(g => !groups.Where((x, i) => x == g && events[i]).Any()).ToArray();
        if (noEvents.Length > 0)
            return new SurvivalHazardRatio
            {
                Reference = reference, Compared = compared, Estimable = false,
                Note = $"not estimable: no event in {string.Join(" and ", noEvents)} (the hazard ratio would be 0 or infinite)",
            };
        try
        {
            var fit = CoxRegression.Fit(new CoxInput(times, events.Select(e => e ? 1.0 : 0).ToArray(),
                    [CoxCovariate.Numeric(compared, groups.Select(g => g == compared ? 1.0 : 0).ToArray())]),
                new CoxOptions { Ties = ctx.Plan.Cox.Ties.ToEngine(), ConfidenceLevel = ctx.Plan.ConfidenceLevel });
            if (fit.PossiblyInfinite.Count > 0)
                return new SurvivalHazardRatio { Reference = reference, Compared = compared, Estimable = false, Note = "not estimable: the coefficient may be infinite (separation)" };
            var c = fit.Coefficients[0];
            return new SurvivalHazardRatio { Reference = reference, Compared = compared, Hr = c.Hr, Lower = c.Lower, Upper = c.Upper, P = c.P, Estimable = true };
        }
        catch (ArgumentException e)
        {
            return new SurvivalHazardRatio { Reference = reference, Compared = compared, Estimable = false, Note = "not estimable: " + e.Message };
        }
    }
}

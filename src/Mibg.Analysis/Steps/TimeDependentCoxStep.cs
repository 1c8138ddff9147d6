using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Regression;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 6, time-dependent Cox (Mantel–Byar): the HR of persistence with persistence as a covariate that changes at the
/// post-HDC scan, from diagnosis, over every patient who received HDC — the eligible cohort plus those who progressed
/// between HDC and the post-HDC scan or had no post-HDC scan (patients whose post-HDC read is pending are left out:
/// their status is unknown). Beside the landmark HR, it answers the same question without discarding anyone.
/// </summary>
internal static class TimeDependentCoxStep
{
    public static IReadOnlyList<TimeDependentCoxSummary> Build(AnalysisContext ctx, IReadOnlyList<SurvivalComparison> survival)
    {
        var included = ctx.Courses.Where(c =>
        {
            var failure = ctx.Ineligible.FirstOrDefault(x => x.Course.PatientId == c.PatientId).Reason;
            if (failure is null) return true;
            if (failure.Step == Eligibility.ProgressionBeforePostHdcScanStep) return true;
            return failure.Step == "post_hdc_scan_read" && c.PostHdcScan is null;
        }).ToArray();
        var threshold = ctx.Plan.Persistence.PostHdcTotalAbove;
        var list = new List<TimeDependentCoxSummary>();
        foreach (var endpoint in ctx.Plan.Endpoints.Endpoints)
        {
            var rows = new List<CountingProcessRow>();
            foreach (var c in included)
            {
                var o = Endpoints.Of(endpoint, c);
                var t = ctx.Years(c.Patient.DiagnosisDate, o.Date);
                if (t <= 0) continue;
                var ev = o.Event ? 1 : 0;
                var post = c.PostHdcScan;
                var switches = post?.Read is { } r && r.Total > threshold ? ctx.Years(c.Patient.DiagnosisDate, post.Date) : (double?)null;
                if (switches is { } ts && ts > 0 && ts < t)
                {
                    rows.Add(new CountingProcessRow(c.PatientId, 0, ts, 0, 0));
                    rows.Add(new CountingProcessRow(c.PatientId, ts, t, ev, 1));
                }
                else rows.Add(new CountingProcessRow(c.PatientId, 0, t, ev, 0));
            }
            var landmark = survival.FirstOrDefault(s => s.Endpoint == endpoint && s.Comparison == SurvivalStep.PersistentVsCleared)?.HazardRatio?.Hr;
            var ids = rows.Select(x => x.PatientId).Distinct().Order(StringComparer.Ordinal).ToArray();
            var events = rows.Sum(x => x.Event);
            var summary = new TimeDependentCoxSummary
            {
                Endpoint = endpoint, Patients = ids.Length, Rows = rows.Count, Events = events, LandmarkHr = landmark,
                PatientIds = ids, Data = rows,
            };
            if (events == 0 || rows.All(x => x.Persistent == 0) || !rows.Any(x => x.Persistent == 1 && x.Event == 1))
            {
                list.Add(summary with { Note = "not estimable: no event while persistent, or nobody persistent" });
                continue;
            }
            try
            {
                var fit = CoxRegression.Fit(CoxInput.CountingProcess(rows.Select(x => x.Start).ToArray(), rows.Select(x => x.Stop).ToArray(),
                        rows.Select(x => (double)x.Event).ToArray(), [CoxCovariate.Numeric("persistent", rows.Select(x => (double)x.Persistent).ToArray())],
                        rows.Select(x => (string?)x.PatientId).ToArray()),
                    new CoxOptions { Ties = ctx.Plan.Cox.Ties.ToEngine(), ConfidenceLevel = ctx.Plan.ConfidenceLevel });
                var coef = fit.Coefficients[0];
                list.Add(fit.PossiblyInfinite.Count > 0
                    ? summary with { Note = "not estimable: the coefficient may be infinite (separation)" }
                    : summary with { Hr = coef.Hr, Lower = coef.Lower, Upper = coef.Upper, P = coef.P });
            }
            catch (ArgumentException e)
            {
                list.Add(summary with { Note = "not estimable: " + e.Message });
            }
        }
        return list;
    }
}

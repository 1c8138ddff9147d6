using System.Globalization;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Statistics.Regression;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 6, Cox: hazard ratio of persistence adjusted for the plan's prognostic factors (<c>cox.covariates</c>, default MYCN
/// amplification and diagnosis SIOPEN &gt; cut-off) where data allow; unknown values by <c>cox.unknown</c>.
/// </summary>
internal static class CoxStep
{
    public static IReadOnlyList<CoxModelSummary> Build(AnalysisContext ctx)
    {
        var list = new List<CoxModelSummary>();
        var origin = ctx.Plan.Endpoints.ComparisonOrigin;
        var cox = ctx.Plan.Cox;
        var codings = cox.EffectiveCovariates().Select(f => CoxCovariateCoding.For(f, cox)).ToArray();
        foreach (var endpoint in ctx.Plan.Endpoints.Endpoints)
        {
            var (kept, _) = SurvivalStep.Sample(ctx, endpoint, origin, ctx.Eligible.Select(c => (c, group: "")));
            if (kept.Count == 0 || !kept.Any(k => k.ev)) continue;
            var notes = new List<string>();
            var references = new Dictionary<string, string> { ["persistent"] = "persistent vs cleared after HDC (reference)" };
            // Each factor is a group of terms (one indicator, plus an "unknown" indicator under unknown_category) that
            // enters or leaves the model whole.
            var factors = new List<(string Name, double[] Values)[]>
            {
                new[] { ("persistent", kept.Select(k => ctx.Assignments[k.c.PatientId].Persistent ? 1.0 : 0).ToArray()) },
            };
            if (factors[0][0].Values.Distinct().Count() < 2) continue;   // everyone persistent, or no one: no HR of persistence
            foreach (var coding in codings)
            {
                var values = kept.Select(k => coding.Value(k.c)).ToArray();
                var known = values.Where(v => !double.IsNaN(v)).ToArray();
                if (known.Length < cox.MinKnownShare * values.Length)
                    notes.Add($"{coding.Term} left out: known for {known.Length} of {values.Length} patients (cox.min_known_share {cox.MinKnownShare.ToString(CultureInfo.InvariantCulture)})");
                else if (known.Distinct().Count() < 2)
                    notes.Add($"{coding.Term} left out: no variation ({known.FirstOrDefault()} for every patient with a known value)");
                else if (cox.Unknown == UnknownCovariateRule.UnknownCategory && known.Length < values.Length)
                {
                    factors.Add([(coding.Term, values.Select(v => double.IsNaN(v) ? 0 : v).ToArray()),
                        (coding.UnknownTerm, values.Select(v => double.IsNaN(v) ? 1.0 : 0).ToArray())]);
                    references[coding.Term] = coding.Comparison;
                    references[coding.UnknownTerm] = $"{coding.Term}: value unknown vs the same reference (cox.unknown = unknown_category)";
                }
                else
                {
                    factors.Add([(coding.Term, values)]);
                    references[coding.Term] = coding.Comparison;
                }
            }
            CoxFit? fit = null;
            while (factors.Count > 0)
            {
                try
                {
                    fit = CoxRegression.Fit(new CoxInput(kept.Select(k => k.time).ToArray(), kept.Select(k => k.ev ? 1.0 : 0).ToArray(),
                        factors.SelectMany(f => f).Select(u => CoxCovariate.Numeric(u.Name, u.Values)).ToArray()),
                        new CoxOptions { Ties = cox.Ties.ToEngine(), ConfidenceLevel = ctx.Plan.ConfidenceLevel });
                    break;
                }
                catch (ArgumentException e) when (factors.Count > 1)
                {
                    notes.Add($"{factors[^1][0].Name} left out: the model could not be fitted with it ({e.Message})");
                    factors.RemoveAt(factors.Count - 1);
                }
                catch (ArgumentException e)
                {
                    notes.Add($"no model: {e.Message}");
                    factors.Clear();
                }
            }
            var used = factors.SelectMany(f => f).ToArray();
            if (fit is null) continue;
            if (fit.Dropped > 0) notes.Add($"{fit.Dropped} patients left out for a missing covariate (complete cases)");
            ProportionalHazardsResult? zph = null;
            if (fit.PossiblyInfinite.Count == 0)
            {
                try { zph = ProportionalHazardsTest.Compute(fit); }
                catch (ArgumentException e) { notes.Add("proportional-hazards check not computed: " + e.Message); }
                catch (InvalidOperationException e) { notes.Add("proportional-hazards check not computed: " + e.Message); }
            }
            else notes.Add($"not estimable (a group without events: the coefficient may be infinite): {string.Join(", ", fit.PossiblyInfinite)}");
            list.Add(new CoxModelSummary
            {
                Endpoint = endpoint,
                Origin = origin,
                Ties = cox.Ties,
                Unknown = cox.Unknown,
                Covariates = used.Select(u => u.Name).ToArray(),
                N = fit.N,
                Events = fit.Events,
                Dropped = fit.Dropped,
                DroppedPatients = kept.Where((k, i) => used.Any(u => double.IsNaN(u.Values[i]))).Select(k => k.c.PatientId).Order(StringComparer.Ordinal).ToArray(),
                Coefficients = fit.Coefficients,
                LrTest = fit.LrTest,
                Concordance = fit.Concordance,
                Notes = notes,
                ReferenceLevels = used.ToDictionary(u => u.Name, u => references[u.Name]),
                NotEstimable = fit.PossiblyInfinite,
                Zph = zph,
            });
        }
        return list;
    }
}

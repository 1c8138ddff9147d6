using System.Globalization;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Regression;

namespace Mibg.Analysis.Steps;

/// <summary>Step 6, Cox: hazard ratio of persistence, adjusted for MYCN amplification and diagnosis SIOPEN &gt; cut-off where data allow.</summary>
internal static class CoxStep
{
    /// <summary>Share of patients a covariate must be known for to enter the model.</summary>
    public const double MinKnownShare = 0.5;

    public static IReadOnlyList<CoxModelSummary> Build(AnalysisContext ctx)
    {
        var list = new List<CoxModelSummary>();
        var origin = ctx.Plan.Endpoints.ComparisonOrigin;
        var cut = ctx.Plan.Cox.DiagnosisSiopenAbove;
        var above = "diagnosis_siopen_above_" + cut.ToString(CultureInfo.InvariantCulture);
        foreach (var endpoint in ctx.Plan.Endpoints.Endpoints)
        {
            var (kept, _) = SurvivalStep.Sample(ctx, endpoint, origin, ctx.Eligible.Select(c => (c, group: "")));
            if (kept.Count == 0 || !kept.Any(k => k.ev)) continue;
            var candidates = new List<(string Name, double[] Values)>
            {
                ("persistent", kept.Select(k => ctx.Assignments[k.c.PatientId].Persistent ? 1.0 : 0).ToArray()),
            };
            if (ctx.Plan.Cox.AdjustMycn)
                candidates.Add(("mycn_amplified", kept.Select(k => k.c.Patient.Mycn switch
                {
                    "amplified" => 1.0,
                    "not_amplified" or "gain" => 0,
                    _ => double.NaN,
                }).ToArray()));
            if (ctx.Plan.Cox.AdjustDiagnosisSiopen)
                candidates.Add((above, kept.Select(k => k.c.DiagnosisScan?.Read is { } r ? (r.Total > cut ? 1.0 : 0) : double.NaN).ToArray()));

            var notes = new List<string>();
            var used = new List<(string Name, double[] Values)>();
            foreach (var (name, values) in candidates)
            {
                var known = values.Where(v => !double.IsNaN(v)).ToArray();
                if (known.Length < MinKnownShare * values.Length)
                    notes.Add($"{name} left out: known for {known.Length} of {values.Length} patients");
                else if (known.Distinct().Count() < 2)
                    notes.Add($"{name} left out: no variation ({known.FirstOrDefault()} for every patient)");
                else used.Add((name, values));
            }
            if (used.Count == 0 || used[0].Name != "persistent") continue;
            CoxFit? fit = null;
            while (used.Count > 0)
            {
                try
                {
                    fit = CoxRegression.Fit(new CoxInput(kept.Select(k => k.time).ToArray(), kept.Select(k => k.ev ? 1.0 : 0).ToArray(),
                        used.Select(u => CoxCovariate.Numeric(u.Name, u.Values)).ToArray()),
                        new CoxOptions { Ties = ctx.Plan.Cox.Ties.ToEngine(), ConfidenceLevel = ctx.Plan.ConfidenceLevel });
                    break;
                }
                catch (ArgumentException e) when (used.Count > 1)
                {
                    notes.Add($"{used[^1].Name} left out: the model could not be fitted with it ({e.Message})");
                    used.RemoveAt(used.Count - 1);
                }
                catch (ArgumentException e)
                {
                    notes.Add($"no model: {e.Message}");
                    used.Clear();
                }
            }
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
            var references = new Dictionary<string, string>
            {
                ["persistent"] = "persistent vs cleared after HDC (reference)",
                ["mycn_amplified"] = "MYCN amplified vs not amplified or gain (reference)",
                [above] = $"diagnosis SIOPEN > {cut.ToString(CultureInfo.InvariantCulture)} vs ≤ {cut.ToString(CultureInfo.InvariantCulture)} (reference)",
            };
            list.Add(new CoxModelSummary
            {
                Endpoint = endpoint,
                Origin = origin,
                Ties = ctx.Plan.Cox.Ties,
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

using Mibg.Analysis.Results;
using Mibg.Core.Json;
using System.Text.Json;
using Mibg.Analysis.Demo;
using Mibg.Core.Plan;

namespace Mibg.Analysis.Tests;

/// <summary>
/// The analysis feeds the statistics engine the right data: on the demo study (default seed) the landmark
/// log-rank, KM median and Cox models agree with R on the same data. R's values are in Reference/demo-crosscheck.json,
/// written by Reference/demo-crosscheck.R from the committed export (samples/demo-study): one row per eligible patient —
/// time from the post-HDC scan to the first event (or last contact) in years of 365.25 days, persistent 0/1, MYCN
/// amplified 1 / not amplified or gain 0 / else NA, consensus SIOPEN total of the diagnosis scan &gt; 3 0/1 — fitted
/// with survival::survdiff, survfit and coxph (Efron ties, complete cases). 1e-6 relative.
/// </summary>
public class DemoAgainstRTests
{
    private static readonly Results.StudyResults R = StudyAnalysis.Run(DemoStudy.Generate(DemoStudy.DefaultSeed), AnalysisPlan.Default);
    private static readonly JsonElement Ref = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "demo-crosscheck.json"))).RootElement;

    private static void Close(double expected, double? actual, string what)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(actual!.Value - expected) <= 1e-6 * Math.Abs(expected), $"{what}: R {expected}, mibg {actual}");
    }

    [Theory]
    [InlineData("efs")]
    [InlineData("os")]
    public void Landmark_logrank_and_median_persistent_vs_cleared(string endpoint)
    {
        var r = Ref.GetProperty("adjusted_cox_" + endpoint);
        var s = R.Survival.Single(x => x.Endpoint.Code() == endpoint && x.Comparison == SurvivalComparisonKind.PersistentVsCleared);
        Close(r.GetProperty("logrank_chisq").GetDouble(), s.Logrank!.Chisq, "log-rank chi-square");
        Close(r.GetProperty("median_persistent").GetDouble(), s.Km.Strata.Single(x => x.Name == "persistent").Median, "median of the persistent");
        // R's median of the cleared: a number, or NA when the curve never reaches 0.5 (then none here either).
        var cleared = s.Km.Strata.Single(x => x.Name == "cleared_after_hdc").Median;
        if (r.GetProperty("median_cleared").ValueKind == JsonValueKind.Null) Assert.Null(cleared);
        else Close(r.GetProperty("median_cleared").GetDouble(), cleared, "median of the cleared");
    }

    [Theory]
    [InlineData("efs")]
    [InlineData("os")]
    public void Cox_hazard_ratio_of_persistence_adjusted_for_mycn_and_diagnosis_siopen(string endpoint)
    {
        var r = Ref.GetProperty("adjusted_cox_" + endpoint);
        var m = R.Cox.Single(c => c.Endpoint.Code() == endpoint);
        Assert.Equal((r.GetProperty("n").GetInt32(), r.GetProperty("dropped").GetInt32()), (m.N, m.Dropped));
        Assert.Equal(["persistent", "mycn_amplified", "diagnosis_siopen_above_3"], m.Covariates);
        var coef = r.GetProperty("coef").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var se = r.GetProperty("se").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        for (var i = 0; i < 3; i++)
        {
            Close(coef[i], m.Coefficients[i].Coef, $"coef {m.Covariates[i]}");
            Close(se[i], m.Coefficients[i].Se, $"se {m.Covariates[i]}");
        }
        Close(r.GetProperty("hr").GetDouble(), m.Coefficients[0].Hr, "hr");
        Close(r.GetProperty("lower").GetDouble(), m.Coefficients[0].Lower, "lower");
        Close(r.GetProperty("upper").GetDouble(), m.Coefficients[0].Upper, "upper");
        Close(r.GetProperty("p").GetDouble(), m.Coefficients[0].P, "p");
    }
}

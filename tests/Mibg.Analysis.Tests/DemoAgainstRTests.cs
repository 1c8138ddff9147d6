using Mibg.Analysis.Results;
using Mibg.Analysis.Demo;
using Mibg.Core.Plan;

namespace Mibg.Analysis.Tests;

/// <summary>
/// The analysis feeds the statistics engine the right data: on the demo study (default seed) the landmark
/// log-rank, KM median and Cox models agree with R on the same data. Goldens made by exporting the demo
/// (mibg demo --out D), building one row per eligible patient — time from the post-HDC scan to the first event
/// (or last contact) in years of 365.25 days, persistent 0/1, mycn amplified 1 / not_amplified or gain 0 / else NA,
/// diagnosis SIOPEN &gt; 3 0/1 — and running R 4.2.2, survival 3.5-3.
/// </summary>
public class DemoAgainstRTests
{
    private static readonly Results.StudyResults R = StudyAnalysis.Run(DemoStudy.Generate(DemoStudy.DefaultSeed), AnalysisPlan.Default);

    private static void Close(double expected, double actual) => Assert.True(Math.Abs(actual - expected) <= 1e-6 * Math.Abs(expected), $"expected {expected}, got {actual}");

    [Fact]
    public void Landmark_logrank_and_median_persistent_vs_cleared()
    {
        // survdiff(Surv(time, event) ~ group): chisq 6.75774549313; survfit median persistent 3.16769336071, cleared NA.
        var efs = R.Survival.Single(s => s is { Endpoint: SurvivalEndpoint.Efs, Comparison: SurvivalComparisonKind.PersistentVsCleared });
        Close(6.75774549313, efs.Logrank!.Chisq);
        Close(3.16769336071, efs.Km.Strata.Single(s => s.Name == "persistent").Median!.Value);
        Assert.Null(efs.Km.Strata.Single(s => s.Name == "cleared_after_hdc").Median);
    }

    [Fact]
    public void Cox_hazard_ratio_of_persistence_adjusted_for_mycn_and_diagnosis_siopen()
    {
        // coxph(Surv(time, event) ~ persistent + mycn + siopen): n 188 (13 with MYCN unknown dropped), coef
        // 0.6750044333150 / 0.0444585991818 / -0.1145979061119, se 0.263611491320 / 0.219148138922 / 0.516600566239;
        // persistent HR 1.964041683166 [1.171559074905, 3.29258661884], p 0.0104490618473.
        var m = R.Cox.Single(c => c.Endpoint == SurvivalEndpoint.Efs);
        Assert.Equal((188, 13), (m.N, m.Dropped));
        Assert.Equal(["persistent", "mycn_amplified", "diagnosis_siopen_above_3"], m.Covariates);
        double[] coef = [0.6750044333150, 0.0444585991818, -0.1145979061119];
        double[] se = [0.263611491320, 0.219148138922, 0.516600566239];
        for (var i = 0; i < 3; i++)
        {
            Close(coef[i], m.Coefficients[i].Coef);
            Close(se[i], m.Coefficients[i].Se);
        }
        Close(1.964041683166, m.Coefficients[0].Hr);
        Close(1.171559074905, m.Coefficients[0].Lower);
        Close(3.29258661884, m.Coefficients[0].Upper);
        Close(0.0104490618473, m.Coefficients[0].P);
        // OS: coxph(Surv(ostime, osevent) ~ ...): persistent coef 0.406240978408, se 0.314147807974.
        var os = R.Cox.Single(c => c.Endpoint == SurvivalEndpoint.Os);
        Close(0.406240978408, os.Coefficients[0].Coef);
        Close(0.314147807974, os.Coefficients[0].Se);
    }
}

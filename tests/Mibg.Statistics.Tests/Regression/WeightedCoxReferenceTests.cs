using System.Text.Json;
using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// Cox regression with case weights and a robust variance clustered by a column, against R's
/// <c>coxph(..., weights = w, cluster = c)</c>: the cases of Reference/Cox/make-weighted-references.R (lung with
/// institutions as clusters, fractional and whole weights, strata; heart and cgd counting-process data clustered by
/// subject). Every field to 1e-6: coefficients with the model-based and the robust SE, z, p and limits from the robust
/// SE, both log-likelihoods, the LR, robust Wald, score and robust score tests, the weighted concordance with its
/// clustered SE, the iteration count, and cox.zph with weights.
/// </summary>
public sealed class WeightedCoxReferenceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CoxReference.Load("weighted-references.json").GetProperty("cases").EnumerateArray())
            data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_with_weights_and_clusters(string name)
    {
        var @case = Case(name);
        var spec = @case.GetProperty("spec");
        var expected = @case.GetProperty("result");

        var fit = CoxRegression.Fit(CoxReference.Input(CoxReference.ReadCsv(@case.GetProperty("input").GetString()!), spec), CoxReference.Options(spec));

        CoxRegressionReferenceTests.AssertMatches(expected, fit, name);
        Assert.Equal(expected.GetProperty("dropped").GetInt32(), fit.Dropped);
        Tolerance.Close(expected.GetProperty("concordance").GetProperty("se").GetDouble(), fit.Concordance.Se!.Value, $"{name}.concordance.se");
        Tolerance.Close(expected.GetProperty("wald_statistic").GetDouble(), fit.WaldStatistic, $"{name}.wald_statistic");
        Assert.Equal(expected.GetProperty("iterations").GetInt32(), fit.Iterations);
        Assert.True(fit.Converged);
        Assert.True(fit.Weighted == (spec.GetProperty("weights").ValueKind == JsonValueKind.String));

        var robust = expected.GetProperty("robust").GetBoolean();
        Assert.Equal(robust, fit.Robust);
        var coefficients = expected.GetProperty("coefficients").EnumerateArray().ToList();
        for (var i = 0; i < coefficients.Count; i++)
        {
            if (robust) Tolerance.Close(coefficients[i].GetProperty("robust_se").GetDouble(), fit.Coefficients[i].RobustSe!.Value, $"{name}.{fit.Coefficients[i].Name}.robust_se");
            else Assert.Null(fit.Coefficients[i].RobustSe);
        }
        if (!robust)
        {
            Assert.Null(fit.RobustScoreTest);
            Assert.Null(fit.Clusters);
            return;
        }
        var score = expected.GetProperty("robust_score_test");
        Tolerance.Close(score.GetProperty("chisq").GetDouble(), fit.RobustScoreTest!.Chisq, $"{name}.robust_score_test.chisq");
        Assert.Equal(score.GetProperty("df").GetInt32(), fit.RobustScoreTest.Df);
        Tolerance.Close(score.GetProperty("p").GetDouble(), fit.RobustScoreTest.P, $"{name}.robust_score_test.p");
        // Without a cluster column R makes each row its own cluster (fractional weights).
        var clusters = expected.GetProperty("clusters");
        Assert.Equal(clusters.ValueKind == JsonValueKind.Null ? fit.N : clusters.GetInt32(), fit.Clusters);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_cox_zph_with_weights(string name) => ProportionalHazardsTestTests.AssertMatches(Case(name));

    private static JsonElement Case(string name) =>
        CoxReference.Load("weighted-references.json").GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
}

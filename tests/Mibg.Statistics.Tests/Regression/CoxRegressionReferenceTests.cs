using System.Text.Json;
using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// Every Cox value against R: the shared public references (R call in make-goldens.R:
/// <c>summary(coxph(Surv(time, status) ~ covs, data, ties))</c>) and the extra cases of
/// Reference/Cox/make-cox-references.R (strata, factors, missing values, concordance SE, cox.zph).
/// </summary>
public sealed class CoxRegressionReferenceTests
{
    public static TheoryData<string, int> PublicCases() => new()
    {
        { "lung", 0 }, { "lung", 1 }, { "veteran", 0 }, { "ovarian", 0 },
    };

    [Theory]
    [MemberData(nameof(PublicCases))]
    public void Matches_the_shared_R_references(string dataset, int index)
    {
        var gold = CoxReference.Load($"../public/{dataset}.json");
        var spec = gold.GetProperty("spec").GetProperty("cox")[index];
        var expected = gold.GetProperty("cox")[index];
        var fit = CoxRegression.Fit(CoxReference.Input(CoxReference.ReadCsv("../public/" + gold.GetProperty("input").GetString()), spec), CoxReference.Options(spec));
        AssertMatches(expected, fit, dataset);
        // The shared reference reads fit$concordance["var"], which does not exist (the field is "std"), so its SE is
        // null there; the SE is checked against "std" in the extra cases below.
        Assert.Equal(JsonValueKind.Null, expected.GetProperty("concordance").GetProperty("se").ValueKind);
    }

    public static TheoryData<string> ExtraCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CoxReference.Load("cox-references.json").GetProperty("cases").EnumerateArray())
            data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExtraCases))]
    public void Matches_the_extra_R_references(string name)
    {
        var @case = Case(name);
        var spec = @case.GetProperty("spec");
        var expected = @case.GetProperty("result");
        var fit = CoxRegression.Fit(CoxReference.Input(CoxReference.ReadCsv(@case.GetProperty("input").GetString()!), spec), CoxReference.Options(spec));
        AssertMatches(expected, fit, name);
        Assert.Equal(expected.GetProperty("dropped").GetInt32(), fit.Dropped);
        Tolerance.Close(expected.GetProperty("concordance").GetProperty("se").GetDouble(), fit.Concordance.Se!.Value, $"{name}.concordance.se");
        Tolerance.Close(expected.GetProperty("wald_statistic").GetDouble(), fit.WaldStatistic, $"{name}.wald_statistic");
        Assert.Equal(expected.GetProperty("iterations").GetInt32(), fit.Iterations);
        Assert.True(fit.Converged);
    }

    internal static JsonElement Case(string name) =>
        CoxReference.Load("cox-references.json").GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    internal static void AssertMatches(JsonElement expected, CoxFit fit, string label)
    {
        Assert.Equal(expected.GetProperty("ties").GetString(), fit.Ties);
        Assert.Equal(expected.GetProperty("n").GetInt32(), fit.N);
        Assert.Equal(expected.GetProperty("events").GetInt32(), fit.Events);
        Tolerance.Close(expected.GetProperty("loglik_null").GetDouble(), fit.LoglikNull, $"{label}.loglik_null");
        Tolerance.Close(expected.GetProperty("loglik").GetDouble(), fit.Loglik, $"{label}.loglik");
        foreach (var (key, test) in new[] { ("lr_test", fit.LrTest), ("wald_test", fit.WaldTest), ("score_test", fit.ScoreTest) })
        {
            var e = expected.GetProperty(key);
            Tolerance.Close(e.GetProperty("chisq").GetDouble(), test.Chisq, $"{label}.{key}.chisq");
            Assert.Equal(e.GetProperty("df").GetInt32(), test.Df);
            Tolerance.Close(e.GetProperty("p").GetDouble(), test.P, $"{label}.{key}.p");
        }
        Tolerance.Close(expected.GetProperty("concordance").GetProperty("c").GetDouble(), fit.Concordance.C!.Value, $"{label}.concordance.c");
        var coefficients = expected.GetProperty("coefficients").EnumerateArray().ToList();
        Assert.Equal(coefficients.Select(c => c.GetProperty("name").GetString()), fit.Coefficients.Select(c => c.Name));
        for (var i = 0; i < coefficients.Count; i++)
        {
            var e = coefficients[i];
            var a = fit.Coefficients[i];
            foreach (var (key, value) in new[] { ("coef", a.Coef), ("hr", a.Hr), ("se", a.Se), ("z", a.Z), ("p", a.P), ("lower", a.Lower), ("upper", a.Upper) })
                Tolerance.Close(e.GetProperty(key).GetDouble(), value, $"{label}.{a.Name}.{key}");
        }
    }
}

using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// Cox regression on counting-process (start, stop] data against R: the shared reference
/// (Reference/public/heart.json, <c>coxph(Surv(start, stop, event) ~ …)</c> by make-goldens-competing.R) and the cases of
/// Reference/Cox/make-counting-process-references.R (heart, cgd recurrent infections, pbc with time-dependent laboratory
/// values; strata, factors, missing values, both tie methods, concordance with its SE, cox.zph in all four time scales).
/// </summary>
public sealed class CountingProcessReferenceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Matches_the_shared_heart_reference(int index)
    {
        var gold = CoxReference.Load("../public/heart.json");
        var expected = gold.GetProperty("cox")[index];
        var spec = expected.GetProperty("spec");
        var data = CoxReference.ReadCsv("../public/" + gold.GetProperty("input").GetString());
        var covariates = spec.GetProperty("covariates").EnumerateArray()
            .Select(c => CoxCovariate.Numeric(c.GetString()!, CoxReference.Numbers(data[c.GetString()!]))).ToList();
        var input = CoxInput.CountingProcess(CoxReference.Numbers(data["start"]), CoxReference.Numbers(data["stop"]),
            CoxReference.Numbers(data["event"]), covariates, subject: data["id"]);

        var fit = CoxRegression.Fit(input, new CoxOptions { Ties = spec.GetProperty("ties").GetString() == "breslow" ? CoxTies.Breslow : CoxTies.Efron });

        Assert.Equal(expected.GetProperty("n").GetInt32(), fit.N);
        Assert.Equal(expected.GetProperty("events").GetInt32(), fit.Events);
        var loglik = expected.GetProperty("loglik");
        Tolerance.Close(loglik[0].GetDouble(), fit.LoglikNull, "loglik_null");
        Tolerance.Close(loglik[1].GetDouble(), fit.Loglik, "loglik");
        Tolerance.Close(expected.GetProperty("lr").GetDouble(), fit.LrTest.Chisq, "lr");
        Tolerance.Close(expected.GetProperty("wald").GetDouble(), fit.WaldTest.Chisq, "wald (as R prints it, 2 decimals)");
        Tolerance.Close(expected.GetProperty("score").GetDouble(), fit.ScoreTest.Chisq, "score");
        var coefficients = expected.GetProperty("coefficients").EnumerateArray().ToList();
        Assert.Equal(coefficients.Select(c => c.GetProperty("name").GetString()), fit.Coefficients.Select(c => c.Name));
        for (var i = 0; i < coefficients.Count; i++)
            foreach (var (key, value) in new[] { ("coef", fit.Coefficients[i].Coef), ("se", fit.Coefficients[i].Se), ("z", fit.Coefficients[i].Z), ("p", fit.Coefficients[i].P) })
                Tolerance.Close(coefficients[i].GetProperty(key).GetDouble(), value, $"{fit.Coefficients[i].Name}.{key}");
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CoxReference.Load("counting-process-references.json").GetProperty("cases").EnumerateArray())
            data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_on_counting_process_data(string name)
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
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_cox_zph_on_counting_process_data(string name) => ProportionalHazardsTestTests.AssertMatches(Case(name));

    private static System.Text.Json.JsonElement Case(string name) =>
        CoxReference.Load("counting-process-references.json").GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
}

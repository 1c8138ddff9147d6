using System.Text.Json;
using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>Bad input gets a clear message; missing values are dropped and counted; the JSON shape is cli.md's.</summary>
public sealed class CoxRegressionInputTests
{
    private static readonly double[] Time = [5, 8, 3, 9, 12, 4, 7, 10];
    private static readonly double[] Status = [1, 0, 1, 1, 0, 1, 1, 0];
    private static readonly double[] Age = [60, 55, 70, 45, 50, 65, 58, 62];

    [Fact]
    public void An_event_code_other_than_0_or_1_names_the_row()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(new CoxInput(Time, [1, 0, 2, 1, 0, 1, 1, 0], [CoxCovariate.Numeric("age", Age)])));
        Assert.Contains("event: value 2 in data row 3 is not 0 (censored) or 1 (event)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_time_names_the_row()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(new CoxInput([5, 8, -3, 9, 12, 4, 7, 10], Status, [CoxCovariate.Numeric("age", Age)])));
        Assert.Contains("data row 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_event_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(new CoxInput(Time, new double[8], [CoxCovariate.Numeric("age", Age)])));
        Assert.Contains("no event", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_covariates_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(new CoxInput(Time, Status,
            [CoxCovariate.Numeric("age", Age), CoxCovariate.Numeric("age_months", [.. Age.Select(a => 12 * a)])])));
        Assert.Contains("age_months", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_with_one_level_among_the_rows_used_is_refused()
    {
        string?[] group = ["a", "a", "a", "a", "a", "a", "a", null];
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(new CoxInput(Time, Status, [CoxCovariate.Factor("group", group)])));
        Assert.Contains("factor 'group' has a single level ('a')", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_of_different_lengths_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(new CoxInput(Time, Status, [CoxCovariate.Numeric("age", [1, 2])])));
        Assert.Contains("covariate 'age' has 2 values but time has 8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_with_a_missing_value_are_dropped_and_counted()
    {
        double[] age = [60, double.NaN, 70, 45, 50, 65, 58, 62];
        string?[] group = ["a", "b", null, "a", "b", "a", "b", "a"];
        var fit = CoxRegression.Fit(new CoxInput(Time, Status, [CoxCovariate.Numeric("age", age), CoxCovariate.Factor("group", group)]));
        var complete = CoxRegression.Fit(new CoxInput(
            [5, 9, 12, 4, 7, 10], [1, 1, 0, 1, 1, 0],
            [CoxCovariate.Numeric("age", [60, 45, 50, 65, 58, 62]), CoxCovariate.Factor("group", ["a", "a", "b", "a", "b", "a"])]));
        Assert.Equal((6, 2), (fit.N, fit.Dropped));
        Assert.Equal(complete.Coefficients, fit.Coefficients);
        Assert.Equal(["age", "group=b"], fit.Coefficients.Select(c => c.Name));
    }

    [Fact]
    public void Json_has_the_fields_of_design_cli_md()
    {
        var fit = CoxRegression.Fit(new CoxInput(Time, Status, [CoxCovariate.Numeric("age", Age)]));
        var json = JsonSerializer.SerializeToElement(fit, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        Assert.Equal(
            ["ties", "n", "events", "dropped", "coefficients", "loglik_null", "loglik", "lr_test", "wald_test", "score_test", "concordance"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "coef", "hr", "se", "z", "p", "lower", "upper"], json.GetProperty("coefficients")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["chisq", "df", "p"], json.GetProperty("wald_test").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["c", "se"], json.GetProperty("concordance").EnumerateObject().Select(p => p.Name));
        Assert.Equal("efron", json.GetProperty("ties").GetString());
    }
}

using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// Case weights and the robust variance on data small enough to do on paper, and the rule that a whole weight w is w
/// copies of the row.
/// <code>
/// row  time  event  x  weight
/// a    1     1      0  1
/// b    2     1      1  2
/// c    3     0      1  1
/// d    3     0      0  1
/// </code>
/// With y = exp(β), weighted risk sets (Σ w exp(xβ)) and partial likelihood (a death of weight w counts w times):
/// <code>
/// t = 1: a, b, c, d   S₀ = 1 + 2y + y + 1 = 2 + 3y   death a (x 0, w 1): −log(2 + 3y)
/// t = 2: b, c, d      S₀ = 2y + y + 1 = 1 + 3y       death b (x 1, w 2): 2 (β − log(1 + 3y))
/// ℓ(β) = 2β − log(2 + 3y) − 2 log(1 + 3y)
/// U(β) = 2 − 3y/(2 + 3y) − 6y/(1 + 3y) = 0  ⇔  9y² − 3y − 4 = 0  ⇔  y = (1 + √17)/6,  β̂ = log y = −0.158 (one death
///        per time, so Efron = Breslow)
/// I(β) = 6y/(2 + 3y)² + 6y/(1 + 3y)²
/// </code>
/// Score residuals Lᵢ = own (x − x̄) at its death − r Σ (x − x̄(t)) dΛ(t) over its risk sets, with x̄₁ = 3y/(2 + 3y),
/// dΛ₁ = 1/(2 + 3y), x̄₂ = 3y/(1 + 3y), dΛ₂ = 2/(1 + 3y):
/// <code>
/// L_a = −x̄₁ (1 − dΛ₁)      L_b = (1 − x̄₂) − y ((1 − x̄₁) dΛ₁ + (1 − x̄₂) dΛ₂)
/// L_c = −y ((1 − x̄₁) dΛ₁ + (1 − x̄₂) dΛ₂)                  L_d = x̄₁ dΛ₁ + x̄₂ dΛ₂
/// </code>
/// Each row its own cluster: robust var = V² Σ (wᵢ Lᵢ)², V = 1/I(β̂). At β = 0 (y = 1): L = (−12/25, 0.045, −0.205,
/// 0.495), wL sums to U(0) = −0.1 and the robust score test is 0.1² / Σ (wᵢ Lᵢ)² = 0.01 / 0.52555.
/// </summary>
public sealed class CoxWeightsHandCalculationTests
{
    private static readonly CoxInput Data = new([1, 2, 3, 3], [1, 1, 0, 0], [CoxCovariate.Numeric("x", [0, 1, 1, 0])])
    {
        Weights = [1, 2, 1, 1],
        Cluster = ["a", "b", "c", "d"],
    };

    [Theory]
    [InlineData(CoxTies.Efron)]
    [InlineData(CoxTies.Breslow)]
    public void Matches_the_weighted_partial_likelihood_and_sandwich_written_out(CoxTies ties)
    {
        var fit = CoxRegression.Fit(Data, new CoxOptions { Ties = ties });

        var y = (1 + Math.Sqrt(17)) / 6;
        var information = 6 * y / ((2 + 3 * y) * (2 + 3 * y)) + 6 * y / ((1 + 3 * y) * (1 + 3 * y));
        var x = Assert.Single(fit.Coefficients);
        Tolerance.Close(Math.Log(y), x.Coef, "beta = log((1 + sqrt 17)/6)");
        Tolerance.Close(1 / Math.Sqrt(information), x.Se, "model-based se = 1/sqrt(I)");
        Tolerance.Close(2 * Math.Log(y) - Math.Log(2 + 3 * y) - 2 * Math.Log(1 + 3 * y), fit.Loglik, "loglik(beta)");
        Tolerance.Close(-Math.Log(5) - 2 * Math.Log(4), fit.LoglikNull, "loglik(0) = -log 5 - 2 log 4");

        var (xbar1, dl1, xbar2, dl2) = (3 * y / (2 + 3 * y), 1 / (2 + 3 * y), 3 * y / (1 + 3 * y), 2 / (1 + 3 * y));
        var charge = y * ((1 - xbar1) * dl1 + (1 - xbar2) * dl2);
        double[] residuals = [-xbar1 * (1 - dl1), 1 - xbar2 - charge, -charge, xbar1 * dl1 + xbar2 * dl2];
        double[] weights = [1, 2, 1, 1];
        Assert.Equal(0, residuals.Select((l, i) => weights[i] * l).Sum(), 12);
        var robustSe = Math.Sqrt(residuals.Select((l, i) => weights[i] * weights[i] * l * l).Sum()) / information;
        Tolerance.Close(robustSe, x.RobustSe!.Value, "robust se = V sqrt(sum (w L)^2)");
        Tolerance.Close(x.Coef / robustSe, x.Z, "z uses the robust se");
        Tolerance.Close(Math.Exp(x.Coef + 1.959963984540054 * robustSe), x.Upper, "upper limit uses the robust se");
        Tolerance.Close(0.01 / 0.52555, fit.RobustScoreTest!.Chisq, "robust score test at beta = 0");
        Assert.Equal(4, fit.Clusters);
    }

    /// <summary>
    /// A whole weight is that many copies of the row: the lung data with weights 1–3 against the same rows written out
    /// that many times. Breslow's ties (a copied death ties with itself, which Efron's approximation splits, so there only
    /// the weighted fit is R's); the robust SE clustered on the original row equals the weighted fit's sandwich.
    /// </summary>
    [Fact]
    public void A_whole_weight_is_that_many_copies_of_the_row()
    {
        var data = CoxReference.ReadCsv("wt-lung.csv");
        var keep = Enumerable.Range(0, data["time"].Length).Where(i => data["ph.ecog"][i] is not null).ToArray();
        double[] Column(string name) => [.. keep.Select(i => double.Parse(data[name][i]!, System.Globalization.CultureInfo.InvariantCulture))];
        var (time, status, age, ecog, weight) = (Column("time"), Column("status"), Column("age"), Column("ph.ecog"), Column("wi"));
        var rowIds = keep.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var weighted = CoxRegression.Fit(
            new CoxInput(time, status, [CoxCovariate.Numeric("age", age), CoxCovariate.Numeric("ph.ecog", ecog)]) { Weights = weight, Cluster = rowIds },
            new CoxOptions { Ties = CoxTies.Breslow });

        var copies = Enumerable.Range(0, time.Length).SelectMany(i => Enumerable.Repeat(i, (int)weight[i])).ToArray();
        double[] Copy(double[] v) => [.. copies.Select(i => v[i])];
        var copied = CoxRegression.Fit(
            new CoxInput(Copy(time), Copy(status), [CoxCovariate.Numeric("age", Copy(age)), CoxCovariate.Numeric("ph.ecog", Copy(ecog))])
            {
                Cluster = [.. copies.Select(i => rowIds[i])],
            },
            new CoxOptions { Ties = CoxTies.Breslow });

        Assert.True(copies.Length > time.Length + 100);
        Tolerance.Close(copied.Loglik, weighted.Loglik, "loglik");
        Tolerance.Close(copied.LoglikNull, weighted.LoglikNull, "loglik_null");
        Tolerance.Close(copied.ScoreTest.Chisq, weighted.ScoreTest.Chisq, "score test");
        Tolerance.Close(copied.RobustScoreTest!.Chisq, weighted.RobustScoreTest!.Chisq, "robust score test");
        Tolerance.Close(copied.Concordance.C!.Value, weighted.Concordance.C!.Value, "concordance");
        for (var j = 0; j < 2; j++)
        {
            Tolerance.Close(copied.Coefficients[j].Coef, weighted.Coefficients[j].Coef, "coef");
            Tolerance.Close(copied.Coefficients[j].Se, weighted.Coefficients[j].Se, "model-based se");
            Tolerance.Close(copied.Coefficients[j].RobustSe!.Value, weighted.Coefficients[j].RobustSe!.Value, "robust se");
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void A_weight_that_is_not_finite_and_positive_is_refused_naming_the_row(double bad)
    {
        var input = Data with { Weights = [1, 2, bad, 1] };
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(input));
        Assert.Contains("weights", e.Message);
        Assert.Contains("data row 3", e.Message);
    }

    [Fact]
    public void A_missing_weight_or_cluster_drops_the_row_as_R_does()
    {
        var withMissing = new CoxInput([1, 2, 3, 3, 4, 5], [1, 1, 0, 0, 1, 1], [CoxCovariate.Numeric("x", [0, 1, 1, 0, 1, 0])])
        {
            Weights = [1, 2, 1, 1, double.NaN, 1],
            Cluster = ["a", "b", "c", "d", "e", null],
        };
        var fit = CoxRegression.Fit(withMissing);
        Assert.Equal((4, 2), (fit.N, fit.Dropped));
        Tolerance.Close(CoxRegression.Fit(Data).Coefficients[0].RobustSe!.Value, fit.Coefficients[0].RobustSe!.Value, "same as without the two rows");
    }

    [Fact]
    public void Whole_weights_without_a_cluster_keep_the_model_based_variance_as_R_does()
    {
        var fit = CoxRegression.Fit(Data with { Cluster = null });
        Assert.False(fit.Robust);
        Assert.Null(fit.Coefficients[0].RobustSe);
        Assert.Null(fit.RobustScoreTest);
        var fractional = CoxRegression.Fit(Data with { Cluster = null, Weights = [1, 2.5, 1, 1] });
        Assert.True(fractional.Robust);
        Assert.Equal(4, fractional.Clusters);
    }
}

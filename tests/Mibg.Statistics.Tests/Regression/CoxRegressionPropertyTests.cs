using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>Invariances every Cox fit must have, on random data with fixed seeds.</summary>
public sealed class CoxRegressionPropertyTests
{
    private static CoxInput Simulate(int seed, int n, bool tiedTimes)
    {
        var random = new Random(seed);
        var time = new double[n];
        var status = new double[n];
        var a = new double[n];
        var b = new double[n];
        var g = new string?[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = random.NextDouble() * 10;
            b[i] = random.Next(2);
            g[i] = "ABC"[random.Next(3)].ToString();
            var hazard = Math.Exp(0.1 * a[i] - 0.5 * b[i] + (g[i] == "C" ? 0.4 : 0));
            var t = -Math.Log(random.NextDouble()) / hazard;
            time[i] = tiedTimes ? Math.Ceiling(t * 4) : t;
            status[i] = random.NextDouble() < 0.7 ? 1 : 0;
        }
        return new CoxInput(time, status,
            [CoxCovariate.Numeric("a", a), CoxCovariate.Numeric("b", b), CoxCovariate.Factor("g", g)]);
    }

    private static CoxInput Permute(CoxInput input, int seed)
    {
        var order = Enumerable.Range(0, input.Time.Count).ToArray();
        new Random(seed).Shuffle(order);
        return new CoxInput(
            [.. order.Select(i => input.Time[i])], [.. order.Select(i => input.Event[i])],
            [.. input.Covariates.Select(c => c switch
            {
                NumericCovariate nc => CoxCovariate.Numeric(nc.Name, [.. order.Select(i => nc.Values[i])]),
                FactorCovariate fc => CoxCovariate.Factor(fc.Name, [.. order.Select(i => fc.Values[i])]),
                _ => throw new InvalidOperationException(),
            })]);
    }

    [Theory]
    [InlineData(1, CoxTies.Efron)]
    [InlineData(2, CoxTies.Breslow)]
    [InlineData(3, CoxTies.Efron)]
    public void Row_order_does_not_matter(int seed, CoxTies ties)
    {
        var input = Simulate(seed, 300, tiedTimes: true);
        var options = new CoxOptions { Ties = ties };
        var fit = CoxRegression.Fit(input, options);
        var permuted = CoxRegression.Fit(Permute(input, seed + 100), options);
        for (var j = 0; j < fit.Coefficients.Count; j++)
        {
            Tolerance.Close(fit.Coefficients[j].Coef, permuted.Coefficients[j].Coef, "coef");
            Tolerance.Close(fit.Coefficients[j].Se, permuted.Coefficients[j].Se, "se");
        }
        Tolerance.Close(fit.Loglik, permuted.Loglik, "loglik");
        Tolerance.Close(fit.Concordance.Se!.Value, permuted.Concordance.Se!.Value, "concordance se");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Without_ties_Efron_and_Breslow_agree(int seed)
    {
        var input = Simulate(seed, 200, tiedTimes: false);
        var efron = CoxRegression.Fit(input);
        var breslow = CoxRegression.Fit(input, new CoxOptions { Ties = CoxTies.Breslow });
        Assert.Equal(efron.Coefficients.Select(c => c.Coef), breslow.Coefficients.Select(c => c.Coef));
        Assert.Equal(efron.Loglik, breslow.Loglik);
    }

    [Theory]
    [InlineData(6, 1000.0, 5.0)]
    [InlineData(7, 0.01, -3.0)]
    public void Rescaling_a_covariate_rescales_its_coefficient_only(int seed, double factor, double shift)
    {
        var input = Simulate(seed, 250, tiedTimes: true);
        var a = (NumericCovariate)input.Covariates[0];
        var rescaled = input with
        {
            Covariates = [CoxCovariate.Numeric("a", [.. a.Values.Select(v => v * factor + shift)]), .. input.Covariates.Skip(1)],
        };
        var fit = CoxRegression.Fit(input);
        var refit = CoxRegression.Fit(rescaled);
        Tolerance.Close(fit.Coefficients[0].Coef, refit.Coefficients[0].Coef * factor, "coef × factor");
        Tolerance.Close(fit.Coefficients[0].Z, refit.Coefficients[0].Z, "z");
        Tolerance.Close(fit.Coefficients[1].Coef, refit.Coefficients[1].Coef, "other coef");
        Tolerance.Close(fit.Loglik, refit.Loglik, "loglik");
    }

    [Fact]
    public void Concordance_is_between_0_and_1_and_a_monotone_score_gives_the_same_value()
    {
        var input = Simulate(8, 400, tiedTimes: true);
        var fit = CoxRegression.Fit(input);
        Assert.InRange(fit.Concordance.C!.Value, 0, 1);
        var status = input.Event.Select(e => e == 1).ToArray();
        var a = ((NumericCovariate)input.Covariates[0]).Values;
        var direct = ConcordanceIndex.Compute(input.Time, status, a);
        var monotone = ConcordanceIndex.Compute(input.Time, status, [.. a.Select(v => Math.Exp(v) + 2)]);
        Assert.Equal(direct, monotone);
        var reversed = ConcordanceIndex.Compute(input.Time, status, [.. a.Select(v => -v)]);
        Tolerance.Close(1 - direct.C!.Value, reversed.C!.Value, "C(−score) = 1 − C(score) without score ties");
    }
}

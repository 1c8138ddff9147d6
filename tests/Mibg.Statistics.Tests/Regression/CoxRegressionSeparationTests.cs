using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// Monotone likelihood: x = 1 for the three earliest subjects only, so β_x → ∞. R 4.2.2, survival 3.5-3:
/// <code>
/// d &lt;- data.frame(time = 1:8, status = c(1, 1, 0, 1, 0, 1, 1, 1), x = c(1, 1, 1, 0, 0, 0, 0, 0), z = c(3, 1, 4, 1, 5, 9, 2, 6))
/// coxph(Surv(time, status) ~ x + z, d)   # coef 20.94411922593613, -0.14625300448024; iter 19
/// # Warning: Loglik converged before variable 1 ; coefficient may be infinite.
/// </code>
/// </summary>
public sealed class CoxRegressionSeparationTests
{
    [Fact]
    public void Follows_R_to_the_same_large_coefficient_and_flags_it()
    {
        var fit = CoxRegression.Fit(new CoxInput([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 0, 1, 0, 1, 1, 1],
            [CoxCovariate.Numeric("x", [1, 1, 1, 0, 0, 0, 0, 0]), CoxCovariate.Numeric("z", [3, 1, 4, 1, 5, 9, 2, 6])]));

        Tolerance.Close(20.94411922593613, fit.Coefficients[0].Coef, "x");
        Tolerance.Close(-0.14625300448024, fit.Coefficients[1].Coef, "z");
        Assert.Equal(19, fit.Iterations);
        Assert.True(fit.Converged);
        Assert.Equal(["x"], fit.PossiblyInfinite);
        Assert.Equal(double.PositiveInfinity, fit.Coefficients[0].Upper);
    }

    [Fact]
    public void A_well_behaved_fit_flags_nothing()
    {
        var fit = CoxRegression.Fit(new CoxInput([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 0, 1, 0, 1, 1, 1],
            [CoxCovariate.Numeric("z", [3, 1, 4, 1, 5, 9, 2, 6])]));
        Assert.Empty(fit.PossiblyInfinite);
    }
}

using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// A one-covariate Cox model small enough to solve on paper: data set 1 of R survival's validation vignette
/// (Therneau &amp; Grambsch 2000, appendix E; survival's <c>vignette("validate")</c>).
/// <code>
/// time   1  1  6  6  8  9
/// status 1  0  1  1  0  1
/// x      1  1  1  0  0  0          r = exp(β)
/// </code>
/// Risk sets: t=1 {all six}: Σ = 3r + 3; t=6 {the two deaths, 8, 9}: Σ = r + 3 with deaths x = 1 and 0; t=9 {9}: Σ = 1.
/// <code>
/// Breslow  ℓ(β) = 2β − log(3r+3) − 2 log(r+3)
///          U(β) = 2 − r/(r+1) − 2r/(r+3) = 0  ⇔  r² − 3r − 6 = 0  ⇔  β̂ = log((3 + √33)/2) = 1.475285
///          I(β) = r/(r+1)² + 6r/(r+3)²;  U(0) = 1, I(0) = 5/8, score test = 1.6
/// Efron    ℓ(β) = 2β − log(3r+3) − log(r+3) − log((r+5)/2)   (second tied death sees r/2 + 1/2 + 2)
///          U(β) = 2 − r/(r+1) − r/(r+3) − r/(r+5),  I(β) = r/(r+1)² + 3r/(r+3)² + 5r/(r+5)²
///          U(0) = 13/12, I(0) = 83/144, score test = 169/83;  β̂ = 1.676857 (published)
/// </code>
/// Concordance at β̂ &gt; 0 (x = 1 is the higher risk): comparable pairs — the t=1 death with the five others
/// (tied score with the two x=1 rows, concordant with the three x=0 rows), the t=6 x=1 death with 8 and 9
/// (concordant), the t=6 x=0 death with 8 and 9 (tied). C = 5, D = 0, T = 4: C-index = (5 + 4/2)/9 = 7/9.
/// </summary>
public sealed class CoxRegressionHandCalculationTests
{
    private static readonly CoxInput Data = new(
        [1, 1, 6, 6, 8, 9], [1, 0, 1, 1, 0, 1], [CoxCovariate.Numeric("x", [1, 1, 1, 0, 0, 0])]);

    [Fact]
    public void Breslow_matches_the_closed_form()
    {
        var fit = CoxRegression.Fit(Data, new CoxOptions { Ties = CoxTies.Breslow });

        var beta = Math.Log((3 + Math.Sqrt(33)) / 2);
        var r = Math.Exp(beta);
        var x = Assert.Single(fit.Coefficients);
        Tolerance.Close(beta, x.Coef, "beta");
        Tolerance.Close(1 / Math.Sqrt(r / ((r + 1) * (r + 1)) + 6 * r / ((r + 3) * (r + 3))), x.Se, "se = 1/sqrt(I(beta))");
        Tolerance.Close(-Math.Log(6) - 2 * Math.Log(4), fit.LoglikNull, "loglik(0)");
        Tolerance.Close(2 * beta - Math.Log(3 * r + 3) - 2 * Math.Log(r + 3), fit.Loglik, "loglik(beta)");
        Tolerance.Close(1.6, fit.ScoreTest.Chisq, "score test U(0)^2/I(0)");
        Tolerance.Close(7.0 / 9.0, fit.Concordance.C!.Value, "concordance");
        Assert.Equal((6, 4, 0), (fit.N, fit.Events, fit.Dropped));
    }

    [Fact]
    public void Efron_solves_its_score_equation()
    {
        var fit = CoxRegression.Fit(Data);

        var x = Assert.Single(fit.Coefficients);
        var r = Math.Exp(x.Coef);
        Assert.True(Math.Abs(2 - r / (r + 1) - r / (r + 3) - r / (r + 5)) < 1e-9, "U(beta) = 0");
        Assert.True(Math.Abs(1.676857 - x.Coef) < 5e-7, $"published beta 1.676857, got {x.Coef}");
        var information = r / ((r + 1) * (r + 1)) + 3 * r / ((r + 3) * (r + 3)) + 5 * r / ((r + 5) * (r + 5));
        Tolerance.Close(1 / Math.Sqrt(information), x.Se, "se = 1/sqrt(I(beta))");
        Tolerance.Close(2 * x.Coef - Math.Log(3 * r + 3) - Math.Log(r + 3) - Math.Log((r + 5) / 2), fit.Loglik, "loglik(beta)");
        Tolerance.Close(-Math.Log(6) - Math.Log(4) - Math.Log(3), fit.LoglikNull, "loglik(0): (r+5)/2 = 3 at r = 1");
        Tolerance.Close(169.0 / 83.0, fit.ScoreTest.Chisq, "score test");
        Tolerance.Close(2 * (fit.Loglik - fit.LoglikNull), fit.LrTest.Chisq, "LR test");
        Tolerance.Close(x.Z * x.Z, fit.WaldStatistic, "Wald = z^2 with one covariate");
        Tolerance.Close(Math.Exp(x.Coef - 1.959963984540054 * x.Se), x.Lower, "lower = exp(b - qnorm(0.975) se)");
    }
}

using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// A counting-process Cox model small enough to solve on paper: a covariate z that switches during follow-up (subject A,
/// 0 until time 2 then 1, as persistence becomes known at a scan) and a late entry (D enters at 3.5).
/// <code>
/// subject  (start, stop]  z  event
/// A        (0, 2]         0  0      ← at risk at no event time
/// A        (2, 6]         1  1
/// B        (0, 3]         0  1
/// C        (0, 4]         1  1
/// D        (3.5, 7]       0  0      ← not at risk at t = 3
/// </code>
/// With r = exp(β), the risk sets (rows with start &lt; t ≤ stop) and the partial likelihood:
/// <code>
/// t = 3: A(2,6] z=1, B z=0, C z=1         Σ = 2r + 1   event B (z = 0): −log(2r+1)
/// t = 4: A(2,6] z=1, C z=1, D z=0         Σ = 2r + 1   event C (z = 1): β − log(2r+1)
/// t = 6: A(2,6] z=1, D z=0                Σ = r + 1    event A (z = 1): β − log(r+1)
/// ℓ(β) = 2β − 2 log(2r+1) − log(r+1)
/// U(β) = 2 − 4r/(2r+1) − r/(r+1) = 0  ⇔  2r² − r − 2 = 0  ⇔  r = (1 + √17)/4,  β̂ = log r = 0.247466
/// I(β) = 4r/(2r+1)² + r/(r+1)²
/// ℓ(0) = −log 18,  U(0) = 1/6,  I(0) = 25/36,  score test = U(0)²/I(0) = 1/25
/// </code>
/// No event times are tied, so Efron = Breslow. Concordance at β̂ &gt; 0 (z = 1 is the higher risk), pairs of an
/// event with the rows at risk then: t=3 B (z 0) against A and C (z 1): 2 discordant; t=4 C against A tied, against D
/// concordant; t=6 A against D concordant: C = 2, D = 2, T = 1, C-index = (2 + ½)/5 = 0.5. Were start ignored, D would
/// be at risk at t = 3 and A's first row at no time would change; were the rows of A one row, A would count at z = 1.
/// </summary>
public sealed class CountingProcessHandCalculationTests
{
    private static readonly CoxInput Data = CoxInput.CountingProcess(
        start: [0, 2, 0, 0, 3.5],
        stop: [2, 6, 3, 4, 7],
        @event: [0, 1, 1, 1, 0],
        covariates: [CoxCovariate.Numeric("z", [0, 1, 0, 1, 0])],
        subject: ["A", "A", "B", "C", "D"]);

    [Theory]
    [InlineData(CoxTies.Efron)]
    [InlineData(CoxTies.Breslow)]
    public void Matches_the_partial_likelihood_written_out(CoxTies ties)
    {
        var fit = CoxRegression.Fit(Data, new CoxOptions { Ties = ties });

        var r = (1 + Math.Sqrt(17)) / 4;
        var beta = Math.Log(r);
        var z = Assert.Single(fit.Coefficients);
        Tolerance.Close(beta, z.Coef, "beta = log((1 + sqrt 17)/4)");
        Tolerance.Close(1 / Math.Sqrt(4 * r / ((2 * r + 1) * (2 * r + 1)) + r / ((r + 1) * (r + 1))), z.Se, "se = 1/sqrt(I(beta))");
        Tolerance.Close(-Math.Log(18), fit.LoglikNull, "loglik(0) = -log 18");
        Tolerance.Close(2 * beta - 2 * Math.Log(2 * r + 1) - Math.Log(r + 1), fit.Loglik, "loglik(beta)");
        Tolerance.Close(1.0 / 25, fit.ScoreTest.Chisq, "score test U(0)^2/I(0)");
        Tolerance.Close(2 * (fit.Loglik - fit.LoglikNull), fit.LrTest.Chisq, "LR test");
        Tolerance.Close(0.5, fit.Concordance.C!.Value, "concordance (2 + 1/2)/5");
        Assert.Equal((5, 3, 0), (fit.N, fit.Events, fit.Dropped));
    }

    [Fact]
    public void Ignoring_start_gives_a_different_model()
    {
        // The same rows read as right-censored (every row at risk from 0): the estimate must differ, or the test above
        // could not tell counting-process from right-censored fitting.
        var rightCensored = CoxRegression.Fit(new CoxInput(Data.Time, Data.Event, Data.Covariates));
        var countingProcess = CoxRegression.Fit(Data);
        Assert.True(Math.Abs(rightCensored.Coefficients[0].Coef - countingProcess.Coefficients[0].Coef) > 0.05,
            $"right-censored {rightCensored.Coefficients[0].Coef} vs counting-process {countingProcess.Coefficients[0].Coef}");
    }
}

using Mibg.Statistics.CompetingRisks;
using Mibg.Statistics.Regression;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.CompetingRisks;

/// <summary>A Fine–Gray pseudo-likelihood written out by hand, the no-competing-event identity with Cox, and refused input.</summary>
public sealed class FineGrayHandTests
{
    // Four subjects: time, status (1 = cause of interest, 2 = competing, 0 = censored), x
    //   1 (2) x=1    2 (1) x=1    3 (0) x=0    4 (1) x=0
    // Censoring KM Ĝ: only the subject at 3 is censored, 2 at risk → Ĝ = 1 before 3, 1/2 from 3; Ĝ(4−) = 1/2.
    // Failure at 2: risk set {2, 3, 4} weight e^{bx}, plus the competing failure at 1 with weight Ĝ(2−)/Ĝ(1−) = 1:
    //   term b − log(e^b + 1 + 1 + e^b) = b − log(2e^b + 2)
    // Failure at 4: {4} weight 1, plus subject 1 with weight Ĝ(4−)/Ĝ(1−) = 1/2 (2 failed from the cause, 3 censored: out):
    //   term 0 − log(1 + e^b/2)
    // log L(b) = b − log(2e^b + 2) − log(1 + e^b/2); at b = 0: −log 4 − log 1.5 = −log 6.
    // Score 1/(1 + e^b) − e^b/(2 + e^b) = 0 ⇔ e^{2b} = 2 ⇔ b̂ = ½·ln 2 = 0.3465736.
    // log L(b̂) = ln√2 − ln(2√2 + 2) − ln(1 + √2/2). R crr: coef 0.346573551, loglik −1.762747174, SE 1.058129651.
    [Fact]
    public void Pseudo_likelihood_by_hand()
    {
        var fit = FineGray.Fit([1, 2, 3, 4], [2, 1, 0, 1], [[1, 1, 0, 0]], ["x"], cause: 1);
        var c = fit.Coefficients.Single();
        Close.Equal(0.5 * Math.Log(2), c.Coef, "b̂ = ½ ln 2", 1e-6);
        Close.Equal(Math.Log(Math.Sqrt(2)) - Math.Log(2 * Math.Sqrt(2) + 2) - Math.Log(1 + Math.Sqrt(2) / 2), fit.Loglik, "log L(b̂)", 1e-9);
        Close.Equal(-Math.Log(6), fit.LoglikNull, "log L(0) = −log 6");
        Close.Equal(0.346573551049767, c.Coef, "coef (R)");
        Close.Equal(1.05812965123371, c.Se, "robust SE (R)");
        Close.Equal(Math.Sqrt(2), c.Hr, "HR = √2", 1e-6);
        Assert.True(fit.Converged);
        Assert.Equal((4, 2, 1), (fit.N, fit.Events, fit.CompetingEvents));
    }

    [Fact]
    public void Without_competing_events_the_estimate_is_Cox_with_Breslow_ties()
    {
        // Nobody fails from another cause: every weight is 1 and the pseudo-likelihood is Cox's partial likelihood
        // with Breslow's handling of ties, so β̂ and log L agree (β to crr's own convergence tolerance).
        var table = ReferenceData.Csv("public/lung.csv");
        var rows = ReferenceData.CompleteRows(table, "time", "status", "age", "sex");
        var time = ReferenceData.Numbers(table, "time", rows);
        var status = ReferenceData.Numbers(table, "status", rows);
        var age = ReferenceData.Numbers(table, "age", rows);
        var sex = ReferenceData.Numbers(table, "sex", rows);
        var fg = FineGray.Fit(time, status.Select(s => (int)s).ToArray(), [age, sex], ["age", "sex"], cause: 1);
        var cox = CoxRegression.Fit(new CoxInput(time, status, [CoxCovariate.Numeric("age", age), CoxCovariate.Numeric("sex", sex)]),
            new CoxOptions { Ties = CoxTies.Breslow });
        for (var j = 0; j < 2; j++) Close.Equal(cox.Coefficients[j].Coef, fg.Coefficients[j].Coef, $"coef {j}", 1e-5);
        Close.Equal(cox.Loglik, fg.Loglik, "loglik", 1e-9);
        Close.Equal(cox.LoglikNull, fg.LoglikNull, "loglik at 0", 1e-12);
    }

    [Fact]
    public void Refuses_what_it_cannot_fit()
    {
        double[] t = [1, 2, 3];
        int[] s = [1, 2, 0];
        double[][] x = [[0, 1, 0]];
        Assert.Throws<ArgumentException>(() => FineGray.Fit(t, s, x, ["x"], cause: 3));
        Assert.Throws<ArgumentException>(() => FineGray.Fit(t, s, x, ["x"], cause: 0));
        Assert.Throws<ArgumentException>(() => FineGray.Fit(t, s, [], [], cause: 1));
        Assert.Throws<ArgumentException>(() => FineGray.Fit(t, s, [[0, double.NaN, 0]], ["x"], cause: 1));
        Assert.Throws<ArgumentException>(() => FineGray.Fit([1, -2, 3], s, x, ["x"], cause: 1));
        Assert.Throws<ArgumentException>(() => FineGray.Fit(t, s, [[0, 1]], ["x"], cause: 1));
    }
}

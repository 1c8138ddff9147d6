using Mibg.Reporting.Sections;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests.Sections;

/// <summary>The numbers at risk under a survival figure count every patient still followed, also where the drawn curve stops.</summary>
public class NumbersAtRiskTests
{
    [Fact]
    public void A_curve_cut_where_few_remain_at_risk_still_counts_the_patients_followed_beyond_it()
    {
        var checkedBeyondCut = 0;
        foreach (var comparison in FixtureStudy.Results.Survival)
        {
            var plot = SurvivalSection.Plot(comparison, stopBelowAtRisk: 5);
            foreach (var stratum in comparison.Km.Strata)
            {
                var curve = plot.Curves.Single(c => c.N == stratum.N && c.AllSteps!.Count == stratum.Steps.Count);
                var drawnEnd = curve.Steps.Count == 0 ? 0 : curve.Steps[^1].Time;
                var lastTime = stratum.Steps.Count == 0 ? 0 : stratum.Steps[^1].Time;
                for (var t = 0.0; t <= lastTime + 1; t += 0.5)
                {
                    // Patients whose event or censoring time is ≥ t: counted from the events and censorings at or after
                    // t (a different route from the at-risk column the figure reads).
                    var expected = t <= 0 ? stratum.N : stratum.Steps.Where(s => s.Time >= t - 1e-12).Sum(s => s.NEvent + s.NCensor);
                    Assert.Equal(expected, curve.AtRiskAt(t));
                    if (t > drawnEnd && expected > 0) checkedBeyondCut++;
                }
            }
        }
        // The fixture has strata whose curve stops (fewer than 5 at risk) while patients are still followed.
        Assert.True(checkedBeyondCut > 0, "no time beyond a cut curve with patients at risk: the test checks nothing new");
    }
}

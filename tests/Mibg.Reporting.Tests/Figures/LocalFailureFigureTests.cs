using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Tests.Figures;

public class LocalFailureFigureTests
{
    /// <summary>
    /// Hand-made: 3 irradiated sites followed 1, 3 and 6 years (one local failure at 1 year → 1/3), 2 non-irradiated sites
    /// followed 0.5 and 2 years (one failure at 0.5 → 1/2).
    /// </summary>
    internal static LocalFailureFigure Figure()
    {
        static LocalControlSite Site(string id, bool irradiated, SiteOutcome outcome, double years) =>
            new(id, "spine", irradiated, outcome == SiteOutcome.LocalFailure, outcome, new DateOnly(2012, 1, 1), years, null);
        var sites = new[]
        {
            Site("A", true, SiteOutcome.LocalFailure, 1), Site("B", true, SiteOutcome.Censored, 3), Site("C", true, SiteOutcome.Censored, 6),
            Site("D", false, SiteOutcome.LocalFailure, 0.5), Site("E", false, SiteOutcome.Competing, 2),
        };
        var incidence = new LocalFailureIncidence
        {
            Arms = [new("irradiated", 3, 3, 1, 0, 2), new("not_irradiated", 2, 2, 1, 1, 0)],
            Curves = [new("irradiated", [new(0, 0), new(1, 1.0 / 3)]), new("not_irradiated", [new(0, 0), new(0.5, 0.5)])],
            AtTimes = [],
            Dependence = "",
            Literature = [],
        };
        return new LocalFailureFigure(incidence, sites);
    }

    [Fact]
    public void Draws_both_arms_the_sites_at_risk_and_Caseys_five_year_marks()
    {
        var (svg, _) = Gallery.Save(Figure());
        var text = SvgText.Strings(svg);
        Assert.Contains("Irradiated sites", text);
        Assert.Contains("Not irradiated sites", text);
        Assert.Contains("Sites at risk", text);
        Assert.Contains("Casey, avid sites: 33%", text);
        Assert.Contains("Casey, all sites: 19%", text);
        Assert.Contains("Years from the post-HDC scan", text);
        // at time 0 every site is at risk: 3 irradiated (the only "3" unless a tick is 3) and 2 not irradiated
        Assert.Contains("3", text);
        Assert.Contains("2", text);
    }

    [Theory]
    // irradiated follow-up 1, 3, 6 years: whole curve to 6; stop below 2 at risk → at 3 (3 and 6 still at risk there);
    // stop below 3 → at 1; stop below 4 → no curve beyond 0 (only 3 sites)
    [InlineData(0, 6.0)]
    [InlineData(2, 3.0)]
    [InlineData(3, 1.0)]
    [InlineData(4, 0.0)]
    public void A_curve_stops_where_fewer_sites_than_the_plan_says_remain_at_risk(int stopBelow, double end) =>
        Assert.Equal(end, LocalFailureFigure.CurveEnd([1.0, 3.0, 6.0], stopBelow));
}

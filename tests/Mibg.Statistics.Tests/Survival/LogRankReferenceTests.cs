using Mibg.Statistics.Survival;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Survival;

/// <summary>
/// R's survdiff (k groups, strata(), rho) and Holm-adjusted pairwise survdiff on every reference file: chi-square,
/// p, observed and expected to 1e-6 relative, df and n exact. Expected values: the reference JSON written by R.
/// </summary>
public sealed class LogRankReferenceTests
{
    public static TheoryData<string, int> Tests => SurvivalReferenceCases.Ids("logrank");
    public static TheoryData<string, int> Pairs => SurvivalReferenceCases.Ids("pairwise");

    [Theory]
    [MemberData(nameof(Tests))]
    public void Matches_R_survdiff(string file, int index)
    {
        var c = SurvivalReferenceCases.Get(file, "logrank", index);
        var rows = ReferenceData.CompleteRows(c.Table, c.Time, c.Status, c.Group, c.Strata);
        var result = LogRank.Test(
            ReferenceData.Numbers(c.Table, c.Time, rows), ReferenceData.Events(c.Table, c.Status, rows),
            ReferenceData.Texts(c.Table, c.Group!, rows), c.Strata is null ? null : ReferenceData.Texts(c.Table, c.Strata, rows),
            c.Spec.Number("rho") ?? 0);
        var where = $"{file} logrank[{index}]";
        Close.Equal(c.Answer.Number("chisq"), result.Chisq, where + " chisq");
        Assert.Equal((int)c.Answer.Number("df")!, result.Df);
        Close.Equal(c.Answer.Number("p"), result.P, where + " p");
        var groups = c.Answer.GetProperty("strata").EnumerateArray().ToArray();
        KaplanMeierReferenceTests.AssertOrder(file, groups.Select(g => g.Text("name")!), result.Strata.Select(g => g.Name));
        foreach (var e in groups)
        {
            var a = result.Strata.Single(g => g.Name == e.Text("name"));
            Assert.Equal((int)e.Number("n")!, a.N);
            Close.Equal(e.Number("observed"), a.Observed, $"{where} {a.Name} observed");
            Close.Equal(e.Number("expected"), a.Expected, $"{where} {a.Name} expected");
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pairwise_matches_R_survdiff_with_p_adjust_holm(string file, int index)
    {
        var c = SurvivalReferenceCases.Get(file, "pairwise", index);
        var rows = ReferenceData.CompleteRows(c.Table, c.Time, c.Status, c.Group, c.Strata);
        var pairs = LogRank.Pairwise(
            ReferenceData.Numbers(c.Table, c.Time, rows), ReferenceData.Events(c.Table, c.Status, rows),
            ReferenceData.Texts(c.Table, c.Group!, rows), c.Strata is null ? null : ReferenceData.Texts(c.Table, c.Strata, rows),
            c.Spec.Number("rho") ?? 0);
        var expected = c.Answer.GetProperty("pairs").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, pairs.Count);
        foreach (var (e, a) in expected.Zip(pairs))
        {
            var where = $"{file} pairwise[{index}] {a.Group1} vs {a.Group2}";
            Assert.Equal(e.Text("group1"), a.Group1);
            Assert.Equal(e.Text("group2"), a.Group2);
            Close.Equal(e.Number("chisq"), a.Chisq, where + " chisq");
            Close.Equal(e.Number("p"), a.P, where + " p");
            Close.Equal(e.Number("p_adjusted"), a.PAdjusted, where + " p (Holm)");
        }
    }
}

using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// <c>cox.zph</c> against R: expected tables from Reference/Cox/make-cox-references.R
/// (<c>cox.zph(fit, transform = ...)$table</c>, survival 3.5-3).
/// </summary>
public sealed class ProportionalHazardsTestTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CoxReference.Load("cox-references.json").GetProperty("cases").EnumerateArray())
            if (c.GetProperty("result").TryGetProperty("zph", out _)) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_cox_zph(string name) => AssertMatches(CoxRegressionReferenceTests.Case(name));

    /// <summary>The <c>zph</c> table of a reference case (cox-references.json layout) against a fit of its data.</summary>
    internal static void AssertMatches(System.Text.Json.JsonElement @case)
    {
        var name = @case.GetProperty("name").GetString();
        var spec = @case.GetProperty("spec");
        var expected = @case.GetProperty("result").GetProperty("zph");
        var fit = CoxRegression.Fit(CoxReference.Input(CoxReference.ReadCsv(@case.GetProperty("input").GetString()!), spec), CoxReference.Options(spec));
        var transform = Enum.Parse<TimeTransform>(expected.GetProperty("transform").GetString()!, ignoreCase: true);

        var zph = ProportionalHazardsTest.Compute(fit, transform);

        Assert.Equal(expected.GetProperty("transform").GetString(), zph.Transform);
        var terms = expected.GetProperty("terms").EnumerateArray().ToList();
        Assert.Equal(terms.Select(t => t.GetProperty("term").GetString()), zph.Terms.Select(t => t.Term));
        for (var i = 0; i < terms.Count; i++)
        {
            Tolerance.Close(terms[i].GetProperty("chisq").GetDouble(), zph.Terms[i].Chisq, $"{name}.{zph.Terms[i].Term}.chisq");
            Assert.Equal(terms[i].GetProperty("df").GetInt32(), zph.Terms[i].Df);
            Tolerance.Close(terms[i].GetProperty("p").GetDouble(), zph.Terms[i].P, $"{name}.{zph.Terms[i].Term}.p");
        }
        var global = expected.GetProperty("global");
        Tolerance.Close(global.GetProperty("chisq").GetDouble(), zph.Global.Chisq, $"{name}.GLOBAL.chisq");
        Assert.Equal(global.GetProperty("df").GetInt32(), zph.Global.Df);
        Tolerance.Close(global.GetProperty("p").GetDouble(), zph.Global.P, $"{name}.GLOBAL.p");
    }
}

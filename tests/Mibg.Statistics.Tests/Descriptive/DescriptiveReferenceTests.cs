using Mibg.Statistics.Descriptive;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Descriptive;

/// <summary>
/// Median, range, type-7 quantiles, IQR, Wilson and Clopper–Pearson intervals and Holm adjustment against R
/// (extra/descriptive.json: median, range, quantile(type = 7), IQR, prop.test(correct = FALSE), binom.test, p.adjust).
/// </summary>
public sealed class DescriptiveReferenceTests
{
    private static readonly System.Text.Json.JsonElement Reference = ReferenceData.Json("extra/descriptive.json");

    public static TheoryData<string> Samples => new(Reference.GetProperty("summaries").EnumerateObject().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Summaries_match_R(string sample)
    {
        var e = Reference.GetProperty("summaries").GetProperty(sample);
        var raw = e.GetProperty("values"); // jsonlite writes a one-value vector as a scalar
        var values = raw.ValueKind == System.Text.Json.JsonValueKind.Array ? raw.EnumerateArray().Select(v => v.GetDouble()).ToArray() : [raw.GetDouble()];
        var mr = Summary.MedianRange(values);
        Assert.Equal(values.Length, mr.N);
        Close.Equal(e.Number("median"), mr.Median, "median");
        Close.Equal(e.Number("min"), mr.Min, "min");
        Close.Equal(e.Number("max"), mr.Max, "max");
        var q = Summary.Quartiles(values);
        Close.Equal(e.Number("q1"), q.Q1, "Q1");
        Close.Equal(e.Number("q3"), q.Q3, "Q3");
        Close.Equal(e.Number("iqr"), q.Width, "IQR");
        Close.Equal(e.Number("q10"), Summary.Quantile(values, 0.1), "10th percentile");
    }

    public static TheoryData<int> Proportions => new(Enumerable.Range(0, Reference.GetProperty("proportions").GetArrayLength()));

    [Theory]
    [MemberData(nameof(Proportions))]
    public void Proportion_intervals_match_R(int index)
    {
        var e = Reference.GetProperty("proportions")[index];
        var (x, n) = ((int)e.Number("count")!, (int)e.Number("n")!);
        foreach (var (name, level) in new[] { ("", 0.95), ("90", 0.90) })
        {
            var wilson = Proportion.Wilson(x, n, level);
            var w = e.GetProperty("wilson" + name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Close.Equal(w[0], wilson.Lower, $"Wilson{name} lower {x}/{n}");
            Close.Equal(w[1], wilson.Upper, $"Wilson{name} upper {x}/{n}");
            var cp = Proportion.ClopperPearson(x, n, level);
            var c = e.GetProperty("clopper_pearson" + name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Close.Equal(c[0], cp.Lower, $"Clopper-Pearson{name} lower {x}/{n}");
            Close.Equal(c[1], cp.Upper, $"Clopper-Pearson{name} upper {x}/{n}");
            Assert.Equal((double)x / n, cp.Estimate);
        }
    }

    [Fact]
    public void Holm_matches_R_p_adjust()
    {
        var h = Reference.GetProperty("holm");
        var p = h.GetProperty("p").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var expected = h.GetProperty("adjusted").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var actual = PValueAdjustment.Holm(p);
        for (var i = 0; i < p.Length; i++) Close.Equal(expected[i], actual[i], $"Holm p[{i}]");
    }

    [Fact]
    public void Hand_worked_type_7_quartiles()
    {
        // x = 1..5: h = (n − 1)p → Q1 at h = 1 → 2, Q3 at h = 3 → 4, median 3; x = 1..4: Q1 at h = 0.75 → 1.75, Q3 at 2.25 → 3.25.
        var odd = Summary.Quartiles([5, 3, 1, 4, 2]);
        Assert.Equal((2.0, 3.0, 4.0), (odd.Q1, odd.Median, odd.Q3));
        var even = Summary.Quartiles([4, 1, 3, 2]);
        Assert.Equal((1.75, 2.5, 3.25), (even.Q1, even.Median, even.Q3));
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_a_reason()
    {
        Assert.Throws<ArgumentException>(() => Summary.MedianRange([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.ClopperPearson(1, 0));
    }
}

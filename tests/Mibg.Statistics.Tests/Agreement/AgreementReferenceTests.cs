using System.Text.Json;
using Mibg.Statistics.Agreement;
using Mibg.Statistics.Tests.Reference;
using RaterAgreement = Mibg.Statistics.Agreement.Agreement;

namespace Mibg.Statistics.Tests.Agreement;

/// <summary>
/// psych::ICC(lmer = FALSE) six forms, psych::cohen.kappa (unweighted, quadratic default weights, linear |a − b|
/// weights) and Bland–Altman against R: public/agreement-*.json (../shared/reference, psych 2.2.9) and
/// extra/agreement-three.json (make-extra-goldens.R).
/// </summary>
public sealed class AgreementReferenceTests
{
    public static TheoryData<string> PublicFiles => new("agreement-shrout-fleiss", "agreement-segments");

    [Theory]
    [MemberData(nameof(PublicFiles))]
    public void Public_references_match_psych(string name)
    {
        var gold = ReferenceData.Json($"public/{name}.json");
        var raters = gold.GetProperty("spec").GetProperty("raters").EnumerateArray().Select(r => r.GetString()!).ToArray();
        var table = ReferenceData.Csv($"public/{gold.Text("input")}");
        var rows = ReferenceData.CompleteRows(table, raters);
        var ratings = raters.Select(r => ReferenceData.Numbers(table, r, rows)).ToArray();
        double[]? levels = gold.GetProperty("spec").TryGetProperty("levels", out var lv) && lv.ValueKind == JsonValueKind.Array
            ? lv.EnumerateArray().Select(v => v.GetDouble()).ToArray() : null;
        var result = RaterAgreement.Compute(ratings, levels);
        Assert.Equal(rows.Length, result.N);
        AssertIcc(gold.GetProperty("icc"), result.Icc, name);
        if (gold.TryGetProperty("kappa", out var kappa))
        {
            AssertKappa(kappa, result.Kappa!, name);
            var ba = gold.GetProperty("bland_altman");
            Close.Equal(ba.Number("bias"), result.BlandAltman!.Bias, name + " bias");
            Close.Equal(ba.Number("sd"), result.BlandAltman.Sd, name + " sd");
            Close.Equal(ba.Number("lower"), result.BlandAltman.Lower, name + " lower LoA");
            Close.Equal(ba.Number("upper"), result.BlandAltman.Upper, name + " upper LoA");
        }
    }

    [Fact]
    public void Shrout_Fleiss_published_values()
    {
        // Shrout & Fleiss (1979), Table 4: ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
        double[][] judges = [[9, 6, 8, 7, 10, 6], [2, 1, 4, 1, 5, 2], [5, 3, 6, 2, 6, 4], [8, 2, 8, 6, 9, 7]];
        var icc = IntraclassCorrelation.Compute(judges);
        Assert.Equal([0.17, 0.29, 0.71, 0.44, 0.62, 0.91], icc.Select(x => Math.Round(x.Value, 2)));
        Assert.Null(RaterAgreement.Compute(judges).Kappa);
    }

    [Fact]
    public void Three_raters_and_kappa_with_unused_levels_match_psych()
    {
        var gold = ReferenceData.Json("extra/agreement-three.json");
        var table = ReferenceData.Csv("extra/agreement-three.csv");
        var raters = gold.GetProperty("raters").EnumerateArray().Select(r => r.GetString()!).ToArray();
        var rows = ReferenceData.CompleteRows(table, raters);
        var ratings = raters.Select(r => ReferenceData.Numbers(table, r, rows)).ToArray();
        AssertIcc(gold.GetProperty("icc"), IntraclassCorrelation.Compute(ratings), "three raters");

        var two = gold.GetProperty("two_raters");
        AssertIcc(two.GetProperty("icc"), IntraclassCorrelation.Compute(ratings[..2]), "two raters");
        // Levels 0..6 declared while the data use 0..4: the unused levels stay in the table (psych), which changes
        // the quadratic weights' scale (L − 1 = 6) but not the kappa values' definition.
        AssertKappa(two.GetProperty("kappa_levels_0_6"), CohenKappa.Compute(ratings[0], ratings[1], [0, 1, 2, 3, 4, 5, 6]), "levels 0..6");
        AssertKappa(two.GetProperty("kappa_observed"), CohenKappa.Compute(ratings[0], ratings[1]), "observed levels");
    }

    [Fact]
    public void Readers_who_agree_on_every_subject_have_every_icc_and_bound_equal_to_one()
    {
        // Both readers score 0, 1, 0, 2: the residual and rater mean squares are 0, so every ICC is 1 and, as the
        // residual tends to 0, so is each bound. R 4.2 / psych 2.2.9, ICC(cbind(c(0,1,0,2), c(0,1,0,2)), lmer = FALSE):
        // every ICC 1, every lower and upper bound 1 (F ≈ 2.6e32 there from anova's rounding noise; here +∞).
        var icc = IntraclassCorrelation.Compute([[0, 1, 0, 2], [0, 1, 0, 2]]);
        Assert.Equal(6, icc.Count);
        Assert.All(icc, r => Assert.Equal((1.0, 1.0, 1.0, 0.0), (r.Value, r.Lower, r.Upper, r.P)));
        Assert.All(icc, r => Assert.True(double.IsPositiveInfinity(r.F)));
    }

    [Theory]
    [InlineData(double.NaN, 2, 3)]
    [InlineData(0.975, double.NaN, 3)]
    [InlineData(0.975, 3, double.NaN)]
    [InlineData(0.975, 0, 3)]
    [InlineData(0.975, 3, -1)]
    public void An_F_quantile_of_undefined_arguments_is_NaN_as_in_R(double p, double df1, double df2)
    {
        // R: qf(0.975, 3, NaN), qf(NaN, 2, 3), qf(0.975, 0, 3) → NaN (0 df: NaN with a warning).
        Assert.True(double.IsNaN(Mibg.Statistics.Internal.Distributions.FQuantile(p, df1, df2)));
    }

    [Fact]
    public void Kappa_by_hand()
    {
        // 2×2 table [[20, 5], [10, 15]] of 50: po = 35/50 = 0.7; row margins .5 .5, column margins .6 .4;
        // pc = .5·.6 + .5·.4 = 0.5 → κ = (0.7 − 0.5)/(1 − 0.5) = 0.4. With two levels every weighting gives κ too.
        var r1 = Enumerable.Repeat(0.0, 25).Concat(Enumerable.Repeat(1.0, 25)).ToArray();
        var r2 = Enumerable.Repeat(0.0, 20).Concat(Enumerable.Repeat(1.0, 5)).Concat(Enumerable.Repeat(0.0, 10)).Concat(Enumerable.Repeat(1.0, 15)).ToArray();
        var k = CohenKappa.Compute(r1, r2);
        Assert.Equal(0.4, k.Unweighted!.Value, 12);
        Assert.Equal(0.4, k.Linear, 12);
        Assert.Equal(0.4, k.Quadratic, 12);
    }

    [Fact]
    public void Property_kappa_and_icc_are_symmetric_in_the_raters()
    {
        var random = new Random(4242);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = random.Next(5, 50);
            var a = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 7)).ToArray();
            var b = a.Select(v => Math.Clamp(v + random.Next(-1, 2), 0, 6)).ToArray();
            if (a.SequenceEqual(b)) continue;
            var ab = RaterAgreement.Compute([a, b], [0, 1, 2, 3, 4, 5, 6]);
            var ba = RaterAgreement.Compute([b, a], [0, 1, 2, 3, 4, 5, 6]);
            Assert.Equal(ab.Kappa!.Quadratic, ba.Kappa!.Quadratic, 12);
            Assert.Equal(ab.Kappa.Linear, ba.Kappa.Linear, 12);
            Assert.Equal(ab.Icc[1].Value, ba.Icc[1].Value, 12);
            Assert.Equal(ab.BlandAltman!.Bias, -ba.BlandAltman!.Bias, 12);
        }
    }

    private static void AssertIcc(JsonElement expected, IReadOnlyList<IccResult> actual, string what)
    {
        var rows = expected.EnumerateArray().ToArray();
        Assert.Equal(rows.Select(r => r.Text("type")), actual.Select(a => a.Type));
        foreach (var (e, a) in rows.Zip(actual))
        {
            var w = $"{what} {a.Type}";
            Close.Equal(e.Number("value"), a.Value, w + " value");
            Close.Equal(e.Number("f"), a.F, w + " F");
            Close.Equal(e.Number("df1"), a.Df1, w + " df1");
            Close.Equal(e.Number("df2"), a.Df2, w + " df2");
            Close.Equal(e.Number("p"), a.P, w + " p");
            Close.Equal(e.Number("lower"), a.Lower, w + " lower");
            Close.Equal(e.Number("upper"), a.Upper, w + " upper");
        }
    }

    private static void AssertKappa(JsonElement expected, KappaResult actual, string what)
    {
        Close.Equal(expected.Number("unweighted"), actual.Unweighted, what + " unweighted kappa");
        Close.Equal(expected.Number("linear"), actual.Linear, what + " linear kappa");
        Close.Equal(expected.Number("quadratic"), actual.Quadratic, what + " quadratic kappa");
    }
}

using Mibg.Statistics.CompetingRisks;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.CompetingRisks;

/// <summary>
/// cmprsk::crr against R: coefficient, robust SE, z, p, subdistribution HR and its 95% limits, log pseudo-likelihoods
/// and convergence, to 1e-6 relative. Expected values: the reference JSON written by R.
/// </summary>
public sealed class FineGrayReferenceTests
{
    public static TheoryData<int> Cases => CompetingRisksReference.Indices("crr");

    [Fact]
    public void Shared_pbc_reference()
    {
        var r = CompetingRisksReference.Shared.GetProperty("crr");
        var spec = r.GetProperty("spec");
        var names = spec.GetProperty("covariates").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var fit = Fit("public/pbc-competing.csv", "time", "status", names, (int)spec.Number("cause")!);
        AssertMatches("pbc crr", r, fit);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_crr(int index)
    {
        var c = CompetingRisksReference.Extra.GetProperty("crr")[index];
        var names = c.GetProperty("covariates").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var fit = Fit(c.Text("file")!, c.Text("time")!, c.Text("event")!, names, (int)c.Number("cause")!);
        Assert.Equal((int)c.Number("n")!, fit.N);
        AssertMatches($"crr[{index}] {c.Text("file")}", c, fit);
        foreach (var (e, a) in c.GetProperty("coefficients").EnumerateArray().Zip(fit.Coefficients))
        {
            Close.Equal(e.Number("hr"), a.Hr, $"crr[{index}] {a.Name} hr");
            Close.Equal(e.Number("lower"), a.Lower, $"crr[{index}] {a.Name} lower");
            Close.Equal(e.Number("upper"), a.Upper, $"crr[{index}] {a.Name} upper");
        }
    }

    private static FineGrayResult Fit(string file, string time, string status, string[] names, int cause)
    {
        var (t, s, table, rows) = CompetingRisksReference.Load(file, time, status, names);
        var columns = names.Select(name => ReferenceData.Numbers(table, name, rows)).ToArray();
        return FineGray.Fit(t, s, columns, names, cause);
    }

    private static void AssertMatches(string where, System.Text.Json.JsonElement expected, FineGrayResult fit)
    {
        var coefficients = expected.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(coefficients.Select(e => e.Text("name")), fit.Coefficients.Select(a => (string?)a.Name));
        foreach (var (e, a) in coefficients.Zip(fit.Coefficients))
        {
            Close.Equal(e.Number("coef"), a.Coef, $"{where} {a.Name} coef");
            Close.Equal(e.Number("se"), a.Se, $"{where} {a.Name} se");
            Close.Equal(e.Number("z"), a.Z, $"{where} {a.Name} z");
            Close.Equal(e.Number("p"), a.P, $"{where} {a.Name} p");
        }
        Close.Equal(expected.Number("loglik"), fit.Loglik, where + " loglik");
        Close.Equal(expected.Number("loglik_null"), fit.LoglikNull, where + " loglik_null");
        Assert.Equal(expected.GetProperty("converged").GetBoolean(), fit.Converged);
    }
}

using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary><c>mibg agreement</c> end to end against psych's answers.</summary>
public sealed class AgreementCommandTests
{
    [Fact]
    public void Json_has_the_contract_fields_and_psych_values()
    {
        // R (public/agreement-segments.json): ICC1 0.946593902617668, kappa unweighted 0.610415962123774,
        // quadratic 0.946380697050938, linear 0.838095897045596, Bland–Altman bias −0.0333333333333333.
        var run = CliRunner.Run("agreement", StatisticsFiles.Reference("public/agreement-segments.csv"), "--raters", "reader_1,reader_2", "--levels", "0..6", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Equal(["n", "icc", "kappa", "bland_altman"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(240, root.GetProperty("n").GetInt32());
        Assert.Equal(["type", "value", "f", "df1", "df2", "p", "lower", "upper"], root.GetProperty("icc")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"], root.GetProperty("icc").EnumerateArray().Select(x => x.GetProperty("type").GetString()));
        Assert.Equal(0.946593902617668, root.GetProperty("icc")[0].GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.610415962123774, root.GetProperty("kappa").GetProperty("unweighted").GetDouble(), 12);
        Assert.Equal(0.946380697050938, root.GetProperty("kappa").GetProperty("quadratic").GetDouble(), 12);
        Assert.Equal(0.838095897045596, root.GetProperty("kappa").GetProperty("linear").GetDouble(), 12);
        Assert.Equal(-0.0333333333333333, root.GetProperty("bland_altman").GetProperty("bias").GetDouble(), 12);
    }

    [Fact]
    public void Four_raters_give_icc_only()
    {
        var run = CliRunner.Run("agreement", StatisticsFiles.Reference("public/agreement-shrout-fleiss.csv"), "--raters", "j1,j2,j3,j4", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("kappa").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("bland_altman").ValueKind);
        // Shrout & Fleiss (1979): ICC(3,1) = 0.71.
        Assert.Equal(0.71, Math.Round(doc.RootElement.GetProperty("icc")[2].GetProperty("value").GetDouble(), 2));
    }

    [Fact]
    public void A_rating_outside_the_levels_is_named()
    {
        var run = CliRunner.Run("agreement", StatisticsFiles.Scratch("a,b\n0,1\n7,6\n2,2\n"), "--raters", "a,b", "--levels", "0..6");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("column 'a': the value 7 is not one of --levels 0..6", run.StdErr);
    }

    [Fact]
    public void Perfect_agreement_writes_the_infinite_F_as_null()
    {
        // Two identical raters: residual mean square 0, so F = MSB/MSE is infinite (psych shows ~1e31 from rounding)
        // and the F-based limits are NaN; JSON has no Inf/NaN, so they are null — while ICC = 1 and p = 0.
        var run = CliRunner.Run("agreement", StatisticsFiles.Scratch("a,b\n0,0\n1,1\n2,2\n"), "--raters", "a,b", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        var icc1 = doc.RootElement.GetProperty("icc")[0];
        Assert.Equal(1, icc1.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, icc1.GetProperty("f").ValueKind);
        Assert.Equal(0, icc1.GetProperty("p").GetDouble());
    }

    [Fact]
    public void One_rater_is_a_usage_error()
    {
        var run = CliRunner.Run("agreement", StatisticsFiles.Scratch("a,b\n0,1\n"), "--raters", "a");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at least two", run.StdErr);
    }
}

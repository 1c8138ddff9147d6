using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary><c>mibg logrank</c> end to end against R's survdiff answers.</summary>
public sealed class LogRankCommandTests
{
    [Fact]
    public void Json_matches_R_survdiff_on_lung()
    {
        // R (public/lung.json): survdiff(Surv(time, status) ~ sex) chisq 10.3267419548856, p 0.00131116452035549,
        // observed 112 / 53, expected 91.5817390295728 / 73.4182609704272.
        var run = CliRunner.Run("logrank", StatisticsFiles.Reference("public/lung.csv"), "--time", "time", "--event", "status", "--group", "sex", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Equal(["chisq", "df", "p", "strata"], root.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(10.3267419548856, root.GetProperty("chisq").GetDouble(), 9);
        Assert.Equal(1, root.GetProperty("df").GetInt32());
        Assert.Equal(0.00131116452035549, root.GetProperty("p").GetDouble(), 12);
        var strata = root.GetProperty("strata");
        Assert.Equal(["name", "n", "observed", "expected"], strata[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(91.5817390295728, strata[0].GetProperty("expected").GetDouble(), 9);
        Assert.False(root.TryGetProperty("pairwise", out _));
    }

    [Fact]
    public void Strata_rho_and_pairwise_match_R()
    {
        // R (extra/colon.json): survdiff(Surv(time, status) ~ rx + strata(sex), rho = 0.5).
        var gold = JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("extra/colon.json"))).RootElement;
        var expected = gold.GetProperty("logrank")[0];
        var run = CliRunner.Run("logrank", StatisticsFiles.Reference("extra/colon.csv"), "--time", "time", "--event", "status",
            "--group", "rx", "--strata", "sex", "--rho", "0.5", "--pairwise", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        var chisq = doc.RootElement.GetProperty("chisq").GetDouble();
        Assert.True(Math.Abs(chisq - expected.GetProperty("chisq").GetDouble()) <= 1e-6 * chisq);
        var pairs = doc.RootElement.GetProperty("pairwise");
        Assert.Equal(3, pairs.GetArrayLength());
        Assert.Equal(["group1", "group2", "chisq", "p", "p_adjusted"], pairs[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_single_group_is_refused_with_a_reason()
    {
        var run = CliRunner.Run("logrank", StatisticsFiles.Scratch("time,status,arm\n1,1,a\n2,1,a\n"), "--time", "time", "--event", "status", "--group", "arm");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has a single value ('a')", run.StdErr);
    }

    [Fact]
    public void Group_is_required()
    {
        var run = CliRunner.Run("logrank", StatisticsFiles.Reference("public/lung.csv"), "--time", "time", "--event", "status");
        Assert.Equal(2, run.ExitCode);
    }
}

using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// <c>mibg cox --weights --cluster</c> end to end. Expected numbers: R survival 3.5-3 in
/// tests/Mibg.Statistics.Tests/Reference/Cox/weighted-references.json (make-weighted-references.R:
/// <c>summary(coxph(..., weights = w, cluster = c))</c>, robust se, robust score test, <c>fit$concordance</c>, <c>cox.zph</c>).
/// </summary>
public sealed class CoxWeightsCommandTests
{
    private static readonly string Lung = StatisticsFiles.Reference("Cox/wt-lung.csv");
    private static readonly string Heart = StatisticsFiles.Reference("Cox/wt-heart.csv");

    private static JsonElement RCase(string name) =>
        JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("Cox/weighted-references.json"))).RootElement
            .GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("result");

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Math.Max(1e-9, 1e-6 * Math.Abs(expected)), $"{what}: R {expected:R}, mibg {actual:R}");

    /// <summary>The lung file with its one empty institution written as NA (R's read.csv reads both as NA).</summary>
    private static string LungWithNa() =>
        StatisticsFiles.Scratch(string.Join('\n', File.ReadAllLines(Lung).Select(line => line.Replace(",,0.5,", ",NA,0.5,"))) + "\n");

    private static void AssertMatches(JsonElement expected, JsonElement root)
    {
        Assert.Equal(["ties", "n", "events", "dropped", "coefficients", "loglik_null", "loglik", "lr_test", "wald_test", "score_test", "concordance",
            "robust_score_test", "clusters", "zph"], root.EnumerateObject().Select(p => p.Name));
        foreach (var key in new[] { "n", "events", "dropped", "clusters" })
            Assert.Equal(expected.GetProperty(key).GetInt32(), root.GetProperty(key).GetInt32());
        Close(expected.GetProperty("loglik").GetDouble(), root.GetProperty("loglik").GetDouble(), "loglik");
        var coefficients = expected.GetProperty("coefficients").GetArrayLength();
        Assert.Equal(coefficients, root.GetProperty("coefficients").GetArrayLength());
        for (var i = 0; i < coefficients; i++)
        {
            Assert.Equal(["name", "coef", "hr", "se", "z", "p", "lower", "upper", "robust_se"],
                root.GetProperty("coefficients")[i].EnumerateObject().Select(p => p.Name));
            foreach (var key in new[] { "coef", "se", "robust_se", "z", "p", "lower", "upper" })
                Close(expected.GetProperty("coefficients")[i].GetProperty(key).GetDouble(), root.GetProperty("coefficients")[i].GetProperty(key).GetDouble(), $"[{i}].{key}");
        }
        foreach (var test in new[] { "wald_test", "score_test", "robust_score_test" })
            Close(expected.GetProperty(test).GetProperty("chisq").GetDouble(), root.GetProperty(test).GetProperty("chisq").GetDouble(), test);
        Close(expected.GetProperty("concordance").GetProperty("c").GetDouble(), root.GetProperty("concordance").GetProperty("c").GetDouble(), "concordance");
        Close(expected.GetProperty("concordance").GetProperty("se").GetDouble(), root.GetProperty("concordance").GetProperty("se").GetDouble(), "concordance se");
        Close(expected.GetProperty("zph").GetProperty("global").GetProperty("chisq").GetDouble(),
            root.GetProperty("zph").GetProperty("global").GetProperty("chisq").GetDouble(), "zph global");
    }

    [Fact]
    public void Weights_and_institution_clusters_match_R()
    {
        var run = CliRunner.Run("cox", LungWithNa(), "--time", "time", "--event", "status", "--covariates", "age,sex,ph.ecog",
            "--weights", "w", "--cluster", "inst", "--zph", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.StdErr);
        AssertMatches(RCase("lung-weights-cluster"), JsonDocument.Parse(run.StdOut).RootElement);
    }

    [Fact]
    public void Counting_process_rows_clustered_by_patient_match_R()
    {
        var run = CliRunner.Run("cox", Heart, "--start", "start", "--time", "stop", "--event", "event", "--id", "id",
            "--covariates", "age,transplant", "--weights", "w", "--cluster", "id", "--ties", "breslow", "--zph", "--zph-transform", "identity", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.StdErr);
        AssertMatches(RCase("heart-weights-cluster"), JsonDocument.Parse(run.StdOut).RootElement);
    }

    [Fact]
    public void Whole_weights_without_a_cluster_add_no_robust_fields()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age,sex,ph.ecog",
            "--weights", "wi", "--ties", "breslow", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(["ties", "n", "events", "dropped", "coefficients", "loglik_null", "loglik", "lr_test", "wald_test", "score_test", "concordance"],
            root.EnumerateObject().Select(p => p.Name));
        var expected = RCase("lung-whole-weights");
        Close(expected.GetProperty("coefficients")[0].GetProperty("se").GetDouble(), root.GetProperty("coefficients")[0].GetProperty("se").GetDouble(), "age se");
        Assert.False(root.GetProperty("coefficients")[0].TryGetProperty("robust_se", out _));
    }

    [Fact]
    public void The_human_report_shows_the_robust_se_and_the_robust_score_test()
    {
        var run = CliRunner.Run("cox", LungWithNa(), "--time", "time", "--event", "status", "--covariates", "age,sex,ph.ecog",
            "--weights", "w", "--cluster", "inst");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("case weights", run.Console);
        Assert.Contains("robust se", run.Console);
        Assert.Contains("Robust score test     = 7.29 on 3 df", run.Console);
        Assert.Contains("(18 clusters)", run.Console);
    }

    [Fact]
    public void An_empty_cluster_cell_exits_1_naming_the_column_and_row()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age", "--cluster", "inst");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("wt-lung.csv, row 157, column 'inst': '' is empty", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void An_empty_subject_cell_is_an_error_when_the_subject_is_the_cluster()
    {
        var file = StatisticsFiles.Scratch("id,start,stop,event,x\n1,0,4,1,1\n2,0,5,0,0\n,5,9,1,1\n3,0,7,0,0\n4,0,2,1,1\n");
        var run = CliRunner.Run("cox", file, "--start", "start", "--time", "stop", "--event", "event", "--id", "id", "--covariates", "x", "--cluster", "id");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 4, column 'id': '' is empty", run.StdErr);
    }

    [Theory]
    [InlineData("-1", "'-1' is not a case weight")]
    [InlineData("0", "'0' is not a case weight")]
    [InlineData("heavy", "'heavy' is not a number")]
    [InlineData("1,5", "'1,5' is not a number (use a point as the decimal separator)")]
    public void A_bad_weight_exits_1_naming_the_column_and_row(string weight, string message)
    {
        var file = StatisticsFiles.Scratch($"time,status,x,w\n1,1,0,1\n2,1,1,2\n3,0,1,\"{weight}\"\n3,0,0,1\n4,1,1,1\n");
        var run = CliRunner.Run("cox", file, "--time", "time", "--event", "status", "--covariates", "x", "--weights", "w");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"row 4, column 'w': {message}", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void A_missing_weight_drops_the_row_as_R_does()
    {
        var file = StatisticsFiles.Scratch("time,status,x,w\n1,1,0,1\n2,1,1,2\n3,0,1,NA\n3,0,0,1\n4,1,1,\n5,0,0,1\n");
        var run = CliRunner.Run("cox", file, "--time", "time", "--event", "status", "--covariates", "x", "--weights", "w", "--json");
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal((4, 2), (root.GetProperty("n").GetInt32(), root.GetProperty("dropped").GetInt32()));
    }

    [Theory]
    [InlineData("--weights", "x")]
    [InlineData("--weights", "time")]
    [InlineData("--cluster", "status")]
    public void A_weights_or_cluster_column_that_is_also_another_role_is_a_usage_error(string option, string column)
    {
        var file = StatisticsFiles.Scratch("time,status,x,w\n1,1,0,1\n2,1,1,2\n3,0,1,1\n");
        var run = CliRunner.Run("cox", file, "--time", "time", "--event", "status", "--covariates", "x", option, column);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} '{column}' cannot also be", run.StdErr);
    }

    [Fact]
    public void A_weights_column_that_does_not_exist_is_named()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age", "--weights", "weight");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no column 'weight'", run.StdErr);
    }
}

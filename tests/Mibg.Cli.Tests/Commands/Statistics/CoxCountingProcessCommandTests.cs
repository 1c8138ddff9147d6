using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// <c>mibg cox --start --id</c> (counting-process data) end to end. Expected numbers: R survival 3.5-3 in
/// tests/Mibg.Statistics.Tests/Reference/Cox/counting-process-references.json (make-counting-process-references.R:
/// <c>summary(coxph(Surv(start, stop, event) ~ …))</c>, <c>fit$concordance</c>, <c>cox.zph</c>).
/// </summary>
public sealed class CoxCountingProcessCommandTests
{
    private static readonly string Heart = StatisticsFiles.Reference("public/heart.csv");

    private static JsonElement RCase(string name) =>
        JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("Cox/counting-process-references.json"))).RootElement
            .GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("result");

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Math.Max(1e-9, 1e-6 * Math.Abs(expected)), $"{what}: R {expected:R}, mibg {actual:R}");

    [Fact]
    public void Heart_transplant_as_a_time_dependent_covariate_matches_R()
    {
        var run = CliRunner.Run("cox", Heart, "--start", "start", "--time", "stop", "--event", "event", "--id", "id",
            "--covariates", "age,year,surgery,transplant", "--zph", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.StdErr);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(["ties", "n", "events", "dropped", "coefficients", "loglik_null", "loglik", "lr_test", "wald_test", "score_test", "concordance", "zph"],
            root.EnumerateObject().Select(p => p.Name));
        var expected = RCase("heart-efron");
        Assert.Equal(172, root.GetProperty("n").GetInt32());
        Assert.Equal(75, root.GetProperty("events").GetInt32());
        Close(expected.GetProperty("loglik").GetDouble(), root.GetProperty("loglik").GetDouble(), "loglik");
        for (var i = 0; i < 4; i++)
            foreach (var key in new[] { "coef", "se", "p", "lower", "upper" })
                Close(expected.GetProperty("coefficients")[i].GetProperty(key).GetDouble(), root.GetProperty("coefficients")[i].GetProperty(key).GetDouble(), $"[{i}].{key}");
        Close(expected.GetProperty("concordance").GetProperty("c").GetDouble(), root.GetProperty("concordance").GetProperty("c").GetDouble(), "concordance");
        Close(expected.GetProperty("concordance").GetProperty("se").GetDouble(), root.GetProperty("concordance").GetProperty("se").GetDouble(), "concordance se");
        Close(expected.GetProperty("zph").GetProperty("global").GetProperty("chisq").GetDouble(),
            root.GetProperty("zph").GetProperty("global").GetProperty("chisq").GetDouble(), "zph global");
    }

    [Fact]
    public void Overlapping_rows_of_a_subject_exit_1_naming_the_file_rows()
    {
        // Subject 2's second row (file row 4) starts at 3, inside its first row (0, 5] (file row 3).
        var file = StatisticsFiles.Scratch("id,start,stop,event,x\n1,0,4,1,1\n2,0,5,0,0\n2,3,9,1,1\n3,0,7,0,0\n4,0,2,1,1\n");
        var run = CliRunner.Run("cox", file, "--start", "start", "--time", "stop", "--event", "event", "--id", "id", "--covariates", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("subject '2': row 3 (0, 5] and row 4 (3, 9] overlap", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("6")]
    public void A_start_not_before_its_stop_exits_1_naming_the_columns_and_row(string start)
    {
        var file = StatisticsFiles.Scratch($"id,t0,t1,event,x\n1,0,4,1,1\n2,0,5,0,0\n3,{start},5,1,1\n4,0,2,1,0\n");
        var run = CliRunner.Run("cox", file, "--start", "t0", "--time", "t1", "--event", "event", "--id", "id", "--covariates", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"row 4: 't0' = {start} is not before 't1' = 5", run.StdErr);
    }

    [Fact]
    public void An_event_of_1_5_exits_1_naming_the_column_and_row()
    {
        var file = StatisticsFiles.Scratch("id,start,stop,event,x\n1,0,4,1,1\n2,0,5,0,0\n2,5,9,1.5,1\n3,0,7,0,0\n");
        var run = CliRunner.Run("cox", file, "--start", "start", "--time", "stop", "--event", "event", "--id", "id", "--covariates", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 4, column 'event': '1.5' must be 1 (event) or 0 (censored)", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Row_numbers_count_the_rows_dropped_for_a_missing_value()
    {
        // Row 3 has no x and is dropped; the overlap is between file rows 4 and 5, not the 3rd and 4th rows kept.
        var file = StatisticsFiles.Scratch("id,start,stop,event,x\n1,0,4,1,1\n9,0,3,1,\n2,0,5,0,0\n2,4,9,1,1\n3,0,7,0,0\n");
        var run = CliRunner.Run("cox", file, "--start", "start", "--time", "stop", "--event", "event", "--id", "id", "--covariates", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("subject '2': row 4 (0, 5] and row 5 (4, 9] overlap", run.StdErr);
    }

    [Theory]
    [InlineData("--start", "start")]
    [InlineData("--id", "id")]
    [InlineData("--start", "stop", "--id", "id")]
    public void Start_and_id_go_together_exit_2(params string[] options)
    {
        var run = CliRunner.Run(["cox", Heart, "--time", "stop", "--event", "event", "--covariates", "age", .. options]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void A_negative_start_is_refused_naming_the_row()
    {
        var file = StatisticsFiles.Scratch("id,start,stop,event,x\n1,0,4,1,1\n2,-1,5,0,0\n3,0,7,1,1\n");
        var run = CliRunner.Run("cox", file, "--start", "start", "--time", "stop", "--event", "event", "--id", "id", "--covariates", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 3, column 'start': '-1' is a negative time", run.StdErr);
    }
}

using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// <c>mibg finegray</c> (docs/cli.md): the JSON contract with R's numbers (pbc-competing.json, written by R
/// cmprsk::crr: death (2) competing with transplant (1)), and bad input.
/// </summary>
public sealed class FineGrayCommandTests
{
    private static readonly string Pbc = StatisticsFiles.Reference("public/pbc-competing.csv");

    [Fact]
    public void Json_matches_R_crr()
    {
        var run = CliRunner.Run("finegray", Pbc, "--time", "time", "--event", "status", "--cause", "2", "--covariates", "age,female,bili,albumin", "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        using var reference = JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("public/pbc-competing.json")));
        var expected = reference.RootElement.GetProperty("crr");
        foreach (var (e, a) in expected.GetProperty("coefficients").EnumerateArray().Zip(root.GetProperty("coefficients").EnumerateArray()))
        {
            Assert.Equal(e.GetProperty("name").GetString(), a.GetProperty("name").GetString());
            foreach (var field in new[] { "coef", "se", "z", "p" }) Near(e.GetProperty(field).GetDouble(), a.GetProperty(field).GetDouble(), field);
            var (coef, se) = (e.GetProperty("coef").GetDouble(), e.GetProperty("se").GetDouble());
            Near(Math.Exp(coef), a.GetProperty("hr").GetDouble(), "hr");
            Near(Math.Exp(coef - 1.959963984540054 * se), a.GetProperty("lower").GetDouble(), "lower");
            Near(Math.Exp(coef + 1.959963984540054 * se), a.GetProperty("upper").GetDouble(), "upper");
        }
        Near(expected.GetProperty("loglik").GetDouble(), root.GetProperty("loglik").GetDouble(), "loglik");
        Near(expected.GetProperty("loglik_null").GetDouble(), root.GetProperty("loglik_null").GetDouble(), "loglik_null");
        Assert.True(root.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public void Human_output_shows_the_table()
    {
        var run = CliRunner.Run("finegray", Pbc, "--time", "time", "--event", "status", "--cause", "1", "--covariates", "age,bili");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("Fine–Gray regression, cause 1", run.Console, StringComparison.Ordinal);
        Assert.Contains("bili", run.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", "age", "--cause 3 never occurs in column 'status' (its codes are 0, 1, 2)")]
    [InlineData("1", "age,nosuch", "no column 'nosuch'")]
    public void Bad_input_is_refused_clearly(string cause, string covariates, string expected)
    {
        var run = CliRunner.Run("finegray", Pbc, "--time", "time", "--event", "status", "--cause", cause, "--covariates", covariates);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "age", "--cause 0 is the censoring code")]
    [InlineData("one", "age", "--cause must be an integer status code")]
    [InlineData("1", "age,age", "--covariates names 'age' twice")]
    public void Bad_options_are_usage_errors(string cause, string covariates, string expected)
    {
        var run = CliRunner.Run("finegray", Pbc, "--time", "time", "--event", "status", "--cause", cause, "--covariates", covariates);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_that_is_not_a_number_names_its_row()
    {
        var file = StatisticsFiles.Scratch("time,status,x\n1,1,0.5\n2,2,abc\n3,0,1\n");
        var run = CliRunner.Run("finegray", file, "--time", "time", "--event", "status", "--cause", "1", "--covariates", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 3, column 'x': 'abc'", run.StdErr, StringComparison.Ordinal);
        File.Delete(file);
    }

    private static void Near(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-6 * Math.Abs(expected), $"{what}: R {expected}, mibg {actual}");
}

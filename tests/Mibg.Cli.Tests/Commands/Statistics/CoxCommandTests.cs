using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// <c>mibg cox</c> end to end. Expected numbers: R survival 3.5-3 <c>summary(coxph(...))</c> as stored in
/// tests/Mibg.Statistics.Tests/Reference/public/*.json (make-goldens.R) and Reference/Cox/cox-references.json
/// (Reference/Cox/make-cox-references.R, which also has <c>cox.zph</c> and the concordance SE).
/// </summary>
public sealed class CoxCommandTests
{
    private static readonly string Lung = StatisticsFiles.Reference("public/lung.csv");
    private static readonly string Veteran = StatisticsFiles.Reference("public/veteran.csv");

    private static JsonElement RCase(string name) =>
        JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("Cox/cox-references.json"))).RootElement
            .GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("result");

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Math.Max(1e-9, 1e-6 * Math.Abs(expected)), $"{what}: R {expected:R}, mibg {actual:R}");

    [Fact]
    public void Json_has_cli_md_fields_and_matches_R_on_lung()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age,sex", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(["ties", "n", "events", "dropped", "coefficients", "loglik_null", "loglik", "lr_test", "wald_test", "score_test", "concordance"],
            root.EnumerateObject().Select(p => p.Name));
        var expected = RCase("lung-age-sex");
        Assert.Equal(228, root.GetProperty("n").GetInt32());
        Assert.Equal(165, root.GetProperty("events").GetInt32());
        Close(expected.GetProperty("loglik").GetDouble(), root.GetProperty("loglik").GetDouble(), "loglik");
        var sex = root.GetProperty("coefficients")[1];
        Assert.Equal("sex", sex.GetProperty("name").GetString());
        Close(-0.513218517108384, sex.GetProperty("coef").GetDouble(), "sex coef");
        Close(0.00217844504671314, sex.GetProperty("p").GetDouble(), "sex p");
        Close(0.0254986777697303, root.GetProperty("concordance").GetProperty("se").GetDouble(), "concordance se (R fit$concordance[\"std\"])");
        Assert.Equal(13.47, root.GetProperty("wald_test").GetProperty("chisq").GetDouble());
        Assert.Equal("", run.StdErr);
    }

    [Fact]
    public void Factor_terms_are_named_var_equals_level_and_zph_matches_R()
    {
        var run = CliRunner.Run("cox", Veteran, "--time", "time", "--event", "status", "--covariates", "trt,celltype,karno",
            "--factor", "celltype", "--zph", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        var expected = RCase("veteran-celltype");
        Assert.Equal(["trt", "celltype=large", "celltype=smallcell", "celltype=squamous", "karno"],
            root.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        for (var i = 0; i < 5; i++)
            Close(expected.GetProperty("coefficients")[i].GetProperty("se").GetDouble(), root.GetProperty("coefficients")[i].GetProperty("se").GetDouble(), $"se[{i}]");
        var zph = root.GetProperty("zph");
        Assert.Equal("km", zph.GetProperty("transform").GetString());
        Assert.Equal(["trt", "celltype", "karno"], zph.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()));
        Assert.Equal(3, zph.GetProperty("terms")[1].GetProperty("df").GetInt32());
        Close(expected.GetProperty("zph").GetProperty("global").GetProperty("chisq").GetDouble(), zph.GetProperty("global").GetProperty("chisq").GetDouble(), "GLOBAL chisq");
    }

    [Fact]
    public void Strata_factor_and_missing_values_match_R_and_count_the_dropped_rows()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age,ph.ecog,wt.loss",
            "--factor", "ph.ecog", "--strata", "sex", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        var expected = RCase("lung-strata-ecog-factor");
        Assert.Equal(expected.GetProperty("dropped").GetInt32(), root.GetProperty("dropped").GetInt32());
        Assert.Equal(expected.GetProperty("n").GetInt32(), root.GetProperty("n").GetInt32());
        Close(expected.GetProperty("score_test").GetProperty("chisq").GetDouble(), root.GetProperty("score_test").GetProperty("chisq").GetDouble(), "score test");
        Close(expected.GetProperty("concordance").GetProperty("c").GetDouble(), root.GetProperty("concordance").GetProperty("c").GetDouble(), "C");
    }

    [Fact]
    public void Breslow_ties_match_R()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age,sex", "--ties", "breslow", "--json");
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal("breslow", root.GetProperty("ties").GetString());
        Close(-743.079654197999, root.GetProperty("loglik").GetDouble(), "loglik (public/lung.json, breslow)");
    }

    [Fact]
    public void Human_output_reads_like_R_summary()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age,sex,ph.ecog", "--zph");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cox proportional hazards, efron ties: n = 227, events = 164 (1 row(s) with a missing value dropped)", run.Console);
        Assert.Contains("exp(coef)", run.Console);
        Assert.Contains("Concordance = 0.637", run.Console);
        Assert.Contains("Likelihood ratio test = 30.50 on 3 df, p < 0.0001", run.Console);
        Assert.Contains("GLOBAL", run.Console);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Help_shows_an_example()
    {
        var run = CliRunner.Run("cox", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("mibg cox samples/survival.csv --time time --event status --covariates age,persistent --factor persistent", run.Console);
    }

    [Theory]
    [InlineData("--covariates", "age,sex", "--factor", "ph.ecog")]
    [InlineData("--covariates", "age", "--ties", "exact")]
    [InlineData("--covariates", "age,age")]
    [InlineData("--ties", "efron")]
    public void Usage_errors_exit_2(params string[] options)
    {
        var run = CliRunner.Run(["cox", Lung, "--time", "time", "--event", "status", .. options]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Collinear_covariates_exit_1_naming_them()
    {
        var file = StatisticsFiles.Scratch("time,status,a,b\n1,1,1,2\n2,0,2,4\n3,1,3,6\n4,1,5,10\n5,0,4,8\n");
        var run = CliRunner.Run("cox", file, "--time", "time", "--event", "status", "--covariates", "a,b");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("covariate column(s) b are constant or a linear combination of the others", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    [Fact]
    public void An_infinite_coefficient_is_warned_about_and_its_infinite_limit_written_as_null()
    {
        // R: coxph(Surv(time, status) ~ x + z) warns "Loglik converged before variable 1; coefficient may be infinite".
        var file = StatisticsFiles.Scratch("time,status,x,z\n1,1,1,3\n2,1,1,1\n3,0,1,4\n4,1,0,1\n5,0,0,5\n6,1,0,9\n7,1,0,2\n8,1,0,6\n");
        var run = CliRunner.Run("cox", file, "--time", "time", "--event", "status", "--covariates", "x,z", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the likelihood converged before x; that coefficient may be infinite", run.StdErr);
        var x = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("coefficients")[0];
        Assert.Equal(JsonValueKind.Null, x.GetProperty("upper").ValueKind);
        Close(20.94411922593613, x.GetProperty("coef").GetDouble(), "x coef");
    }

    [Fact]
    public void An_unknown_column_exits_1_listing_the_columns()
    {
        var run = CliRunner.Run("cox", Lung, "--time", "time", "--event", "status", "--covariates", "age,weight");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no column 'weight'", run.StdErr);
    }
}

using System.Text.Json;
using MiniExcelLibs;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary><c>mibg km</c> end to end: JSON contract of design/cli.md, R's numbers, missing rows, xlsx input.</summary>
public sealed class KaplanMeierCommandTests
{
    [Fact]
    public void Json_has_the_contract_fields_in_order_and_R_values()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/aml.csv"), "--time", "time", "--event", "status", "--group", "x", "--conf-type", "log-log", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Equal(["method", "conf_type", "conf_level", "dropped", "strata"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("log-log", root.GetProperty("conf_type").GetString());
        var maintained = root.GetProperty("strata")[0];
        Assert.Equal(["name", "n", "events", "median", "median_lower", "median_upper", "followup_median", "steps"],
            maintained.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["time", "n_risk", "n_event", "n_censor", "survival", "std_err", "lower", "upper"],
            maintained.GetProperty("steps")[0].EnumerateObject().Select(p => p.Name));
        // R (public/aml.json): Maintained median 31, CI 13 – NA, follow-up median 103; first step S = 10/11, se 0.0866784172041448.
        Assert.Equal("Maintained", maintained.GetProperty("name").GetString());
        Assert.Equal(31, maintained.GetProperty("median").GetDouble());
        Assert.Equal(13, maintained.GetProperty("median_lower").GetDouble());
        Assert.Equal(JsonValueKind.Null, maintained.GetProperty("median_upper").ValueKind);
        Assert.Equal(103, maintained.GetProperty("followup_median").GetDouble());
        Assert.Equal(0.0866784172041448, maintained.GetProperty("steps")[0].GetProperty("std_err").GetDouble(), 12);
    }

    [Fact]
    public void Rows_with_a_missing_value_in_a_used_column_are_dropped_and_counted()
    {
        // pbc: 418 rows, trt missing in 106 (R: survfit(Surv(time, death) ~ trt) uses 312 — 158 + 154).
        var run = CliRunner.Run("km", StatisticsFiles.Reference("extra/pbc.csv"), "--time", "time", "--event", "death", "--group", "trt", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        Assert.Equal(106, doc.RootElement.GetProperty("dropped").GetInt32());
        Assert.Equal([158, 154], doc.RootElement.GetProperty("strata").EnumerateArray().Select(s => s.GetProperty("n").GetInt32()));
        // Without the group every row is complete.
        var all = CliRunner.Run("km", StatisticsFiles.Reference("extra/pbc.csv"), "--time", "time", "--event", "death", "--json");
        using var allDoc = JsonDocument.Parse(all.StdOut);
        Assert.Equal(0, allDoc.RootElement.GetProperty("dropped").GetInt32());
        Assert.Equal("all", allDoc.RootElement.GetProperty("strata")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void At_times_match_R_summary_times()
    {
        // R (extra/pbc.json, km[0]): summary(survfit(Surv(time, death) ~ trt, conf.type = "plain"), times = c(0, 365, 1000, 2500, 5000), extend = TRUE).
        var gold = JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("extra/pbc.json"))).RootElement.GetProperty("km")[0];
        var run = CliRunner.Run("km", StatisticsFiles.Reference("extra/pbc.csv"), "--time", "time", "--event", "death", "--group", "trt",
            "--conf-type", "plain", "--at", "0,365,1000,2500,5000", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        foreach (var (expected, actual) in gold.GetProperty("strata").EnumerateArray().Zip(doc.RootElement.GetProperty("strata").EnumerateArray()))
            foreach (var (e, a) in expected.GetProperty("at").EnumerateArray().Zip(actual.GetProperty("at").EnumerateArray()))
            {
                Assert.Equal(e.GetProperty("n_risk").GetInt32(), a.GetProperty("n_risk").GetInt32());
                foreach (var field in new[] { "survival", "std_err", "lower", "upper" })
                {
                    var (x, y) = (e.GetProperty(field).GetDouble(), a.GetProperty(field).GetDouble());
                    Assert.True(Math.Abs(x - y) <= 1e-6 * Math.Max(Math.Abs(x), 1e-6), $"{field} at {e.GetProperty("time")}: R {x}, mibg {y}");
                }
            }
    }

    [Fact]
    public void Xlsx_gives_the_same_answer_as_csv()
    {
        var csv = StatisticsFiles.Reference("public/aml.csv");
        var lines = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToArray();
        var xlsx = Path.Combine(Path.GetTempPath(), $"mibg-aml-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(xlsx, lines.Select(c => new Dictionary<string, object>
        {
            ["time"] = double.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = double.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture),
            ["x"] = c[2].Trim('"'),
        }));
        try
        {
            var fromCsv = CliRunner.Run("km", csv, "--time", "time", "--event", "status", "--group", "x", "--json");
            var fromXlsx = CliRunner.Run("km", xlsx, "--time", "time", "--event", "status", "--group", "x", "--json");
            Assert.Equal(0, fromXlsx.ExitCode);
            Assert.Equal(fromCsv.StdOut, fromXlsx.StdOut);
        }
        finally { File.Delete(xlsx); }
    }

    [Fact]
    public void Semicolon_separated_file_is_read()
    {
        var path = StatisticsFiles.Scratch("time;status;arm\n1;1;a\n2;0;a\n3;1;b\n4;1;b\n");
        var run = CliRunner.Run("km", path, "--time", "time", "--event", "status", "--group", "arm", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.StdOut);
        Assert.Equal(["a", "b"], doc.RootElement.GetProperty("strata").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public void Human_output_shows_medians_and_not_reached()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/aml.csv"), "--time", "time", "--event", "status", "--group", "x");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Maintained", run.Console);
        Assert.Contains("—", run.Console);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void A_wrong_conf_type_is_a_usage_error()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/aml.csv"), "--time", "time", "--event", "status", "--conf-type", "logit");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--conf-type", run.StdErr);
    }
}

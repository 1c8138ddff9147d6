using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// <c>mibg cuminc</c> (docs/cli.md): the JSON contract, R's numbers through the command line, the plot and bad input.
/// Expected numbers: ../shared/reference/pbc-competing.json (copied to tests/Mibg.Statistics.Tests/Reference/public),
/// written by R cmprsk::cuminc and timepoints().
/// </summary>
public sealed class CumulativeIncidenceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mibg-cuminc-").FullName;
    private static readonly string Pbc = StatisticsFiles.Reference("public/pbc-competing.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_has_the_contract_and_R_values_at_the_requested_times()
    {
        var run = CliRunner.Run("cuminc", Pbc, "--time", "time", "--event", "status", "--group", "trt", "--at", "4000,365,1000,2000,3000", "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        var root = doc.RootElement;
        Assert.Equal("aalen-johansen", root.GetProperty("method").GetString());
        using var reference = JsonDocument.Parse(File.ReadAllText(StatisticsFiles.Reference("public/pbc-competing.json")));
        var expected = reference.RootElement.GetProperty("cuminc");
        var curves = root.GetProperty("curves").EnumerateArray().ToArray();
        var expectedCurves = expected.GetProperty("curves").EnumerateArray().ToArray();
        Assert.Equal(expectedCurves.Length, curves.Length);
        foreach (var (e, a) in expectedCurves.Zip(curves))
        {
            Assert.Equal(e.GetProperty("group").GetString(), a.GetProperty("group").GetString());
            Assert.Equal(e.GetProperty("cause").GetString(), a.GetProperty("cause").GetString());
            Assert.True(a.GetProperty("steps").GetArrayLength() >= 3);
            var first = a.GetProperty("steps")[0];
            Assert.Equal(0, first.GetProperty("time").GetDouble());
            Assert.Equal(0, first.GetProperty("estimate").GetDouble());
            Assert.Equal(0, first.GetProperty("variance").GetDouble());
            // --at given out of order: timepoints() sorts, so the answer is in R's order.
            foreach (var (ep, ap) in e.GetProperty("at").EnumerateArray().Zip(a.GetProperty("at").EnumerateArray()))
                foreach (var field in new[] { "time", "estimate", "variance" })
                {
                    var (x, y) = (ep.GetProperty(field).GetDouble(), ap.GetProperty(field).GetDouble());
                    Assert.True(Math.Abs(x - y) <= 1e-6 * Math.Max(Math.Abs(x), 1e-12), $"{field}: R {x}, mibg {y}");
                }
        }
        foreach (var (e, a) in expected.GetProperty("gray").EnumerateArray().Zip(root.GetProperty("gray").EnumerateArray()))
        {
            Assert.Equal(e.GetProperty("cause").GetString(), a.GetProperty("cause").GetString());
            Assert.Equal(1, a.GetProperty("df").GetInt32());
            foreach (var field in new[] { "statistic", "p" })
            {
                var (x, y) = (e.GetProperty(field).GetDouble(), a.GetProperty(field).GetDouble());
                Assert.True(Math.Abs(x - y) <= 1e-6 * Math.Abs(x), $"Gray {field}: R {x}, mibg {y}");
            }
        }
    }

    [Fact]
    public void After_the_last_follow_up_the_value_is_null_as_R_NA()
    {
        // Group 2's largest time is 4523 (group 1: 4556): timepoints() gives NA for group 2 at 4530.
        var run = CliRunner.Run("cuminc", Pbc, "--time", "time", "--event", "status", "--group", "trt", "--at", "4530", "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var doc = JsonDocument.Parse(run.StdOut);
        foreach (var c in doc.RootElement.GetProperty("curves").EnumerateArray())
        {
            var at = c.GetProperty("at")[0];
            Assert.Equal(c.GetProperty("group").GetString() == "2" ? JsonValueKind.Null : JsonValueKind.Number, at.GetProperty("estimate").ValueKind);
        }
    }

    [Fact]
    public void Human_output_lists_curves_and_gray_tests()
    {
        var run = CliRunner.Run("cuminc", Pbc, "--time", "time", "--event", "status", "--group", "trt", "--strata", "edema", "--at", "1000");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("Gray's test", run.Console, StringComparison.Ordinal);
        Assert.Contains("Cumulative incidence", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_plot_has_a_panel_per_cause_gray_p_and_numbers_at_risk()
    {
        var svg = Path.Combine(_folder, "pbc.svg");
        var run = CliRunner.Run("cuminc", Pbc, "--time", "time", "--event", "status", "--group", "trt", "--plot", svg, "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var texts = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(svg), "<text[^>]*>([^<]*)</text>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
        Assert.Contains("Cause 1", texts);
        Assert.Contains("Cause 2", texts);
        // Gray p: 0.889 (cause 1) and 0.796 (cause 2), pbc-competing.json.
        Assert.Contains("Gray's test p = 0.89", texts);
        Assert.Contains("Gray's test p = 0.8", texts); // two significant digits, trailing zero dropped (the KM figure's rule)
        // Number at risk at 0, 1000, …, 4000 days (R: sapply(t, function(t) sum(time[trt == g] >= t))).
        var start = texts.IndexOf("Number at risk");
        Assert.True(start >= 0);
        Assert.Equal(["1", "158", "129", "74", "31", "10"], texts.Skip(start + 1).Take(6));
        Assert.Equal(["2", "154", "120", "70", "32", "11"], texts.Skip(start + 7).Take(6));
    }

    [Fact]
    public void Png_plot_without_groups()
    {
        var png = Path.Combine(_folder, "pbc.png");
        var run = CliRunner.Run("cuminc", Pbc, "--time", "time", "--event", "status", "--plot", png);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Theory]
    [InlineData("time,status,arm\n1,1,a\n2,1.5,b\n", "row 3, column 'status': '1.5'")]
    [InlineData("time,status,arm\n1,1,a\n-2,1,b\n", "row 3, column 'time': '-2'")]
    [InlineData("time,status,arm\n1,1,a\n2,x,b\n", "row 3, column 'status': 'x'")]
    [InlineData("time,status,arm\n1,1,a\n2,0,\n", "row 3, column 'arm'")]
    [InlineData("time,status,arm\n1,0,a\n2,0,b\n", "column 'status' has no failure")]
    [InlineData("time,status\n1,0\n", "no column 'arm'")]
    public void Bad_input_names_the_column_and_row(string csv, string expected)
    {
        var file = StatisticsFiles.Scratch(csv);
        var run = CliRunner.Run("cuminc", file, "--time", "time", "--event", "status", "--group", "arm");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.StdErr, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Theory]
    [InlineData("--at", "1,x", "--at must be comma-separated numbers")]
    [InlineData("--at", "-5", "--at must be comma-separated numbers")]
    [InlineData("--strata", "edema", "--strata needs --group")]
    [InlineData("--plot", "x.pdf", "--plot must name a .svg or .png file")]
    public void Bad_options_are_usage_errors(string option, string value, string expected)
    {
        var run = CliRunner.Run("cuminc", Pbc, "--time", "time", "--event", "status", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.StdErr, StringComparison.Ordinal);
    }
}

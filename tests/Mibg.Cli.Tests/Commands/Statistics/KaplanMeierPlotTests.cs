namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary><c>mibg km --plot FILE</c> (design/cli.md): the survminer-style figure of any table.</summary>
public sealed class KaplanMeierPlotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mibg-km-plot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Png_plot_is_written_beside_the_usual_output()
    {
        var png = Path.Combine(_folder, "lung.png");
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/lung.csv"), "--time", "time", "--event", "status", "--group", "sex", "--plot", png);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 10_000, $"a {bytes.Length}-byte PNG is too small to hold the curves");
    }

    [Fact]
    public void Svg_plot_shows_the_numbers_at_risk_and_the_log_rank_p()
    {
        var svg = Path.Combine(_folder, "lung.svg");
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/lung.csv"), "--time", "time", "--event", "status", "--group", "sex", "--plot", svg, "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var texts = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(svg), "<text[^>]*>([^<]*)</text>")
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        // Number at risk at 0, 200, …, 1000 days per sex: R 4.2 survival 3.5-3
        // summary(survfit(Surv(time, status) ~ sex, lung), times = c(0, 200, 400, 600, 800, 1000), extend = TRUE)$n.risk.
        AssertRow(texts, 0, "1", ["138", "78", "31", "13", "6", "2"]);
        AssertRow(texts, 1, "2", ["90", "66", "26", "11", "2", "0"]);
        // log-rank p 0.00131 (R survdiff, ../shared/reference/lung.json: chisq 10.33 on 1 df).
        Assert.Contains("Log-rank p = 0.0013", texts);
    }

    /// <summary>The at-risk table follows its title: per row, the group label then one count per tick.</summary>
    private static void AssertRow(List<string> texts, int index, string label, string[] expected)
    {
        var start = texts.IndexOf("Number at risk");
        Assert.True(start >= 0, "no 'Number at risk' row");
        var row = start + 1 + index * (expected.Length + 1);
        Assert.Equal(label, texts[row]);
        Assert.Equal(expected, texts.Skip(row + 1).Take(expected.Length));
    }

    [Fact]
    public void A_plot_file_that_is_not_svg_or_png_is_a_usage_error()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/lung.csv"), "--time", "time", "--event", "status", "--plot", Path.Combine(_folder, "x.pdf"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plot must name a .svg or .png file", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plot_in_a_missing_folder_is_refused_clearly()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Reference("public/lung.csv"), "--time", "time", "--event", "status", "--plot", Path.Combine(_folder, "no", "such", "x.png"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.StdErr, StringComparison.Ordinal);
    }
}

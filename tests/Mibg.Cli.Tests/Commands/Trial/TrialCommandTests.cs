using System.Globalization;
using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Trial;

public sealed class TrialCommandTests
{
    private static readonly string[] Design =
        ["--hr", "0.6", "--power", "0.8", "--alpha", "0.05", "--control-median", "2", "--accrual-years", "4", "--followup-years", "3"];

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.StdErr);
        return JsonDocument.Parse(run.StdOut).RootElement.Clone();
    }

    private static string SharedReference()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        // The committed copy of ../shared/reference, so the tests run on a clean clone.
        return Path.Combine(dir!.FullName, "tests", "Mibg.Statistics.Tests", "Reference", "public");
    }

    [Fact]
    public void Size_matches_every_rpact_golden_case()
    {
        // Expected: ../shared/reference/trial-size.json (rpact 3.3.4 getSampleSizeSurvival eventsFixed / nFixed, make-goldens.R).
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedReference(), "trial-size.json")));
        foreach (var c in gold.RootElement.GetProperty("cases").EnumerateArray())
        {
            string S(string name) => c.GetProperty(name).GetDouble().ToString("R", CultureInfo.InvariantCulture);
            var args = new List<string>
            {
                "trial", "size", "--hr", S("hr"), "--power", S("power"), "--alpha", S("alpha"), "--method", c.GetProperty("method").GetString()!.ToLowerInvariant(),
                "--allocation", S("allocation"), "--control-median", S("control_median"), "--accrual-years", S("accrual"), "--followup-years", S("followup"), "--json",
            };
            if (c.GetProperty("dropout").GetDouble() > 0) args.AddRange(["--dropout", S("dropout")]);
            var json = Json(CliRunner.Run([.. args]));
            foreach (var key in new[] { "events", "subjects" })
            {
                double ours = json.GetProperty(key).GetDouble(), r = c.GetProperty(key).GetDouble();
                Assert.True(Math.Abs(ours - r) <= 1e-6 * r, $"{string.Join(' ', args)}: {key} ours {ours:R} vs R {r:R}");
            }
            Assert.Equal((int)Math.Ceiling(c.GetProperty("events").GetDouble()), json.GetProperty("events_required").GetInt32());
            Assert.Equal((int)Math.Ceiling(c.GetProperty("subjects").GetDouble()), json.GetProperty("subjects_required").GetInt32());
            Assert.Equal(c.GetProperty("method").GetString()!.ToLowerInvariant(), json.GetProperty("method").GetString());
        }
    }

    [Fact]
    public void Size_with_control_survival_at_a_time()
    {
        // Expected: rpact getSampleSizeSurvival(alpha = 0.05, sided = 2, beta = 0.2, hazardRatio = 0.6, pi2 = 0.6,
        // eventTime = 3, accrualTime = c(0, 4), followUpTime = 3) → eventsFixed 120.3157044, nFixed 176.9255893.
        var json = Json(CliRunner.Run("trial", "size", "--hr", "0.6", "--power", "0.8", "--alpha", "0.05", "--control-survival", "0.4", "--at", "3",
            "--accrual-years", "4", "--followup-years", "3", "--json"));
        Assert.Equal(120.3157044, json.GetProperty("events").GetDouble(), 6);
        Assert.Equal(176.9255893, json.GetProperty("subjects").GetDouble(), 6);
        Assert.Equal(121, json.GetProperty("events_required").GetInt32());
        Assert.Equal(177, json.GetProperty("subjects_required").GetInt32());
        Assert.Equal(["method", "events", "subjects", "events_required", "subjects_required", "probability_of_event"],
            json.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Size_human_output_shows_the_rounded_numbers()
    {
        var run = CliRunner.Run(["trial", "size", .. Design]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("121 (120.3157)", run.Console, StringComparison.Ordinal);
        Assert.Contains("167 (166.5396)", run.Console, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadOptions() => new()
    {
        { "--hr", "1", "--hr:" },
        { "--hr", "1.4", "--hr:" },
        { "--hr", "0", "--hr:" },
        { "--hr", "-0.6", "--hr:" },
        { "--power", "0.05", "--power:" },
        { "--power", "0.03", "--power:" },
        { "--alpha", "0", "--alpha:" },
        { "--alpha", "1.2", "--alpha:" },
        { "--accrual-years", "-4", "--accrual-years:" },
        { "--followup-years", "-1", "--followup-years:" },
        { "--control-median", "-2", "--control-median:" },
        { "--allocation", "0", "--allocation:" },
        { "--allocation", "-2", "--allocation:" },
        { "--dropout", "1", "--dropout:" },
        { "--dropout", "-0.1", "--dropout:" },
        { "--hr", "0,6", "--hr: '0,6' is not a number" },
        { "--method", "lachin", "--method:" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_parameters_are_refused_naming_the_option(string option, string value, string message)
    {
        var args = Design.ToList();
        var at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);
        foreach (var command in new[] { "size", "simulate" })
        {
            string[] full = command == "size" ? ["trial", command, .. args, "--json"] : ["trial", command, .. args, "--trials", "10", "--json"];
            var run = CliRunner.Run(full);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
            Assert.Equal("", run.StdOut);
            Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0", "3", "--control-survival:")]
    [InlineData("1", "3", "--control-survival:")]
    [InlineData("1.5", "3", "--control-survival:")]
    [InlineData("0.4", "-3", "--at:")]
    public void Bad_control_survival_is_refused(string survival, string at, string message)
    {
        var run = CliRunner.Run("trial", "size", "--hr", "0.6", "--power", "0.8", "--alpha", "0.05", "--control-survival", survival, "--at", at,
            "--accrual-years", "4", "--followup-years", "3");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--control-survival", "0.4", "--at is required")]
    [InlineData("--at", "3", "--control-survival is required")]
    [InlineData(null, null, "the control arm is required")]
    public void Missing_control_arm_parts_are_named(string? option, string? value, string message)
    {
        List<string> args = ["trial", "size", "--hr", "0.6", "--power", "0.8", "--alpha", "0.05", "--accrual-years", "4", "--followup-years", "3"];
        if (option is not null) args.AddRange([option, value!]);
        var run = CliRunner.Run([.. args]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_option_is_named() =>
        Assert.Contains("--alpha is required", CliRunner.Run("trial", "size", "--hr", "0.6", "--power", "0.8", "--control-median", "2",
            "--accrual-years", "4", "--followup-years", "3").StdErr, StringComparison.Ordinal);

    [Fact]
    public void Feasibility_json_and_tables()
    {
        // Hand calculation: 1.2 eligible per centre-year × 10 centres × 0.8 consent = 9.6 patients/year; 167 / 9.6 = 17.396 years.
        var json = Json(CliRunner.Run("trial", "feasibility", "--subjects", "167", "--eligible-per-center-year", "1.2", "--centers", "10", "--consent", "0.8", "--json"));
        Assert.Equal(167, json.GetProperty("subjects").GetInt32());
        Assert.Equal(10, json.GetProperty("centers").GetInt32());
        Assert.Equal(9.6, json.GetProperty("patients_per_year").GetDouble(), 12);
        Assert.Equal(167 / 9.6, json.GetProperty("accrual_years").GetDouble(), 12);

        var human = CliRunner.Run("trial", "feasibility", "--subjects", "167", "--eligible-per-center-year", "1.2", "--centers", "10", "--consent", "0.8");
        Assert.Equal(0, human.ExitCode);
        // 20 centres: 19.2 per year, 167 / 19.2 = 8.7 years; 1 centre: 0.96 per year, 174 years.
        Assert.Contains("19.2", human.Console, StringComparison.Ordinal);
        Assert.Contains("8.7", human.Console, StringComparison.Ordinal);
        Assert.Contains("174", human.Console, StringComparison.Ordinal);
        Assert.Contains("control 3-y EFS 40%", human.Console, StringComparison.Ordinal);
        Assert.Contains("0.8 ", human.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--centers", "0", "--centers:")]
    [InlineData("--consent", "1.2", "--consent:")]
    [InlineData("--eligible-per-center-year", "-1", "--eligible-per-center-year:")]
    [InlineData("--subjects", "0", "--subjects:")]
    public void Feasibility_bad_parameters(string option, string value, string message)
    {
        var args = new List<string> { "trial", "feasibility", "--subjects", "167", "--eligible-per-center-year", "1.2", "--centers", "10", "--consent", "0.8" };
        args[args.IndexOf(option) + 1] = value;
        var run = CliRunner.Run([.. args]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_sizes_first_and_is_reproducible_across_thread_counts()
    {
        // Without --subjects/--events the trial is sized as `trial size`: 167 patients, analysis at event 121.
        var one = CliRunner.Run(["trial", "simulate", .. Design, "--trials", "2000", "--seed", "7", "--threads", "1", "--json"]);
        var two = CliRunner.Run(["trial", "simulate", .. Design, "--trials", "2000", "--seed", "7", "--threads", "2", "--json"]);
        Assert.Equal(one.StdOut, two.StdOut);
        var json = Json(one);
        Assert.Equal(["trials", "power", "power_se", "subjects", "events", "mean_duration_years"], json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2000, json.GetProperty("trials").GetInt32());
        Assert.Equal(167, json.GetProperty("subjects").GetInt32());
        Assert.Equal(121, json.GetProperty("events").GetDouble());
        // Analytic Schoenfeld power at 121 events is 0.8022; 2000 trials give SE ≈ 0.009, so 4 SE bounds the estimate.
        Assert.InRange(json.GetProperty("power").GetDouble(), 0.8022 - 0.036, 0.8022 + 0.036);
        var p = json.GetProperty("power").GetDouble();
        Assert.Equal(Math.Sqrt(p * (1 - p) / 2000), json.GetProperty("power_se").GetDouble(), 12);
    }

    [Fact]
    public void Simulate_with_calendar_analysis_and_given_subjects()
    {
        var json = Json(CliRunner.Run(["trial", "simulate", .. Design, "--subjects", "100", "--analysis", "calendar", "--trials", "500", "--seed", "3", "--json"]));
        Assert.Equal(100, json.GetProperty("subjects").GetInt32());
        Assert.Equal(7, json.GetProperty("mean_duration_years").GetDouble(), 12);
        // Expected events 100 × P(event) = 100 × 0.7224450 (rpact omega, trial-size.json case 1); SE ≤ √(100·0.72·0.28/500) = 0.2.
        Assert.InRange(json.GetProperty("events").GetDouble(), 72.24 - 0.8, 72.24 + 0.8);
    }

    [Theory]
    [InlineData("--trials", "0", "--trials:")]
    [InlineData("--events", "500", "--events:")]
    [InlineData("--threads", "0", "--threads:")]
    [InlineData("--seed", "-1", "--seed:")]
    [InlineData("--subjects", "1", "--subjects:")]
    [InlineData("--subjects", "100", "--subjects: 100 patients cannot give the 121 events")]
    public void Simulate_bad_parameters(string option, string value, string message)
    {
        var args = new List<string> { "trial", "simulate" };
        args.AddRange(Design);
        args.AddRange(["--trials", "10"]);
        if (option == "--trials") args[^1] = value;
        else args.AddRange([option, value]);
        var run = CliRunner.Run([.. args]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
    }
}

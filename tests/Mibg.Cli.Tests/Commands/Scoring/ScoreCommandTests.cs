using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Scoring;

/// <summary><c>mibg score</c> as design/cli.md specifies it.</summary>
public class ScoreCommandTests
{
    [Fact]
    public void Siopen_json_has_the_contract_fields()
    {
        // 0 2 0 0 0 0 3 1 0 0 0 0: total 6, three positive segments, 2+3+1 = 6 discrete lesions, none diffuse
        var run = CliRunner.Run("score", "siopen", "0", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0", "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal("siopen", json.GetProperty("system").GetString());
        Assert.Equal(6, json.GetProperty("total").GetInt32());
        Assert.Equal(3, json.GetProperty("positive_segments").GetInt32());
        Assert.Equal(6, json.GetProperty("discrete_lesions").GetInt32());
        Assert.Equal(0, json.GetProperty("diffuse_segments").GetInt32());
        Assert.False(json.TryGetProperty("response", out _));
    }

    [Fact]
    public void Baseline_given_as_separate_values_yields_relative_score_and_response()
    {
        // now total 3, baseline total 6: relative 0.5 → PR (INRC 2017: ≥ 50% reduction, no new site)
        var run = CliRunner.Run("score", "siopen", "0", "1", "0", "0", "0", "0", "1", "1", "0", "0", "0", "0",
            "--baseline", "0", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0", "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(0.5, json.GetProperty("relative_score").GetDouble());
        Assert.Equal("PR", json.GetProperty("response").GetString());
    }

    [Fact]
    public void Baseline_zero_gives_null_relative_score()
    {
        var run = CliRunner.Run("score", "siopen", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
            "--baseline", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "--json");
        var json = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("relative_score").ValueKind);
    }

    [Fact]
    public void Out_of_range_value_exits_1_naming_the_segment()
    {
        var run = CliRunner.Run("score", "siopen", "0", "0", "0", "0", "0", "0", "9", "0", "0", "0", "0", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("spine: 9 is outside 0..6", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Curie_region_above_3_is_refused()
    {
        var run = CliRunner.Run("score", "curie", "4", "0", "0", "0", "0", "0", "0", "0", "0", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("head: 4 is outside 0..3", run.StdErr);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("no-such-command").ExitCode);
    }
}

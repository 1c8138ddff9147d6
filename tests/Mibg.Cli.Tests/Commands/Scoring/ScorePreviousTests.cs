using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Scoring;

/// <summary>
/// <c>mibg score … --baseline … --previous …</c>: new bone sites judged against the previous scan as well as diagnosis
/// (INRC 2017, Park et al., JCO 2017, Table 3: "any new bone site that is MIBG avid" is PD; docs/domain.md), skeletal
/// segments only, and bad input for the new option.
/// </summary>
public class ScorePreviousTests
{
    private static readonly string[] Diagnosis = ["0", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0"]; // total 6
    private static readonly string[] SkeletalCr = ["0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"];
    private static readonly string[] SpineOne = ["0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0"];

    private static CliRun Score(string[] now, string[]? baseline, string[]? previous, params string[] extra)
    {
        var args = new List<string> { "score", "siopen" };
        args.AddRange(now);
        if (baseline is not null) { args.Add("--baseline"); args.AddRange(baseline); }
        if (previous is not null) { args.Add("--previous"); args.AddRange(previous); }
        args.AddRange(extra);
        return CliRunner.Run([.. args]);
    }

    [Fact]
    public void A_new_site_after_a_skeletal_CR_is_PD()
    {
        // spine positive at diagnosis, 0 on the previous scan (skeletal CR), 1 now: new against the previous scan → PD.
        // Against diagnosis alone it is 1/6 = 0.17 → PR (shown second): the relapse would be called a response.
        var run = Score(SpineOne, Diagnosis, SkeletalCr, "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal("PD", json.GetProperty("response").GetString());
        Assert.Equal(["spine"], json.GetProperty("new_since_previous").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(json.GetProperty("new_sites").EnumerateArray());
        Assert.Equal(1.0 / 6, json.GetProperty("relative_score").GetDouble(), 12);

        var without = JsonDocument.Parse(Score(SpineOne, Diagnosis, null, "--json").StdOut).RootElement;
        Assert.Equal("PR", without.GetProperty("response").GetString());
        Assert.False(without.TryGetProperty("new_since_previous", out _));
    }

    [Fact]
    public void Comma_separated_previous_works_and_the_human_output_names_the_new_site()
    {
        var run = CliRunner.Run(["score", "siopen", .. SpineOne, "--baseline", string.Join(',', Diagnosis), "--previous", string.Join(',', SkeletalCr)]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("new sites (vs previous)", run.Console);
        Assert.Contains("spine", run.Console);
        Assert.Contains("PD", run.Console);
    }

    [Fact]
    public void Curie_soft_tissue_is_not_bone()
    {
        // Curie: bone head 1 + ribs 1 unchanged, soft tissue 3 → 0: relative 2/2 = 1.0 → SD (was 2/5 = 0.4 → PR)
        var run = CliRunner.Run("score", "curie", "1", "0", "1", "0", "0", "0", "0", "0", "0", "0",
            "--baseline", "1", "0", "1", "0", "0", "0", "0", "0", "0", "3", "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("skeletal_total").GetInt32());
        Assert.Equal(1.0, json.GetProperty("relative_score").GetDouble());
        Assert.Equal("SD", json.GetProperty("response").GetString());
    }

    [Theory]
    [InlineData("0,0,0,0,0,0,x,0,0,0,0,0", "previous: spine: 'x' is not an integer")]
    [InlineData("0,0,0,0,0,0,7,0,0,0,0,0", "previous: spine: 7 is outside 0..6")]
    [InlineData("0,0,0,0,0,0,-1,0,0,0,0,0", "previous: spine: -1 is outside 0..6")]
    [InlineData("0,0,0,0,0,0,0,0,0,0,0", "previous: expected 12 values")]
    [InlineData("0,0,0,0,0,0,0,0,0,0,0,0,0", "previous: expected 12 values")]
    [InlineData("1.5,0,0,0,0,0,0,0,0,0,0,0", "previous: skull: '1.5' is not an integer")]
    public void Bad_previous_scores_exit_1_naming_what_is_wrong(string previous, string message)
    {
        var run = CliRunner.Run(["score", "siopen", .. SpineOne, "--baseline", string.Join(',', Diagnosis), "--previous", previous]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Previous_of_the_wrong_system_length_for_curie_is_refused()
    {
        var run = CliRunner.Run(["score", "curie", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "--baseline", "2,0,0,0,0,0,0,0,0,0",
            "--previous", string.Join(',', SkeletalCr)]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("previous: expected 10 values", run.StdErr);
    }

    [Fact]
    public void Previous_without_baseline_is_a_usage_error()
    {
        var run = Score(SpineOne, null, SkeletalCr);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--previous needs --baseline", run.StdErr);
    }
}

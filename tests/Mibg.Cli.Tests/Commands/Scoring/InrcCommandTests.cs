using System.Text.Json;

namespace Mibg.Cli.Tests.Commands.Scoring;

/// <summary><c>mibg score inrc</c> (docs/cli.md "Scoring"; Park et al., JCO 2017, Table 5).</summary>
public class InrcCommandTests
{
    [Theory]
    // primary PR, marrow MD, metastases SD: a responding component beside an SD, none PD → MR (Table 5).
    [InlineData("PR", "MD", "SD", "MR")]
    // everything involved CR, marrow never involved → CR.
    [InlineData("CR", "NI", "CR", "CR")]
    // any PD → PD.
    [InlineData("CR", "CR", "PD", "PD")]
    // primary PR, marrow CR, metastases PR → PR.
    [InlineData("pr", "cr", "pr", "PR")]
    // SD with the rest not involved → SD.
    [InlineData("SD", "NI", "NI", "SD")]
    public void Json_prints_the_overall_response(string primary, string marrow, string metastases, string overall)
    {
        var run = CliRunner.Run("score", "inrc", "--primary", primary, "--marrow", marrow, "--metastases", metastases, "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Equal(overall, json.GetProperty("overall").GetString());
        Assert.Equal(primary.ToUpperInvariant(), json.GetProperty("primary").GetString());
        Assert.Equal(marrow.ToUpperInvariant(), json.GetProperty("marrow").GetString());
    }

    [Fact]
    public void Human_output_shows_the_components_and_overall()
    {
        var run = CliRunner.Run("score", "inrc", "--primary", "CR", "--marrow", "MD", "--metastases", "CR");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("overall", run.Console);
        Assert.Contains("PR", run.Console);   // marrow MD with the rest CR → PR
    }

    [Theory]
    [InlineData("--primary", "MD", "not a primary tumour response")]
    [InlineData("--marrow", "PR", "not a bone marrow response")]
    [InlineData("--metastases", "MR", "not a metastases response")]
    [InlineData("--primary", "1", "not a primary tumour response")]
    [InlineData("--primary", "complete", "not a primary tumour response")]
    public void A_value_the_component_cannot_take_exits_1(string option, string value, string message)
    {
        var args = new Dictionary<string, string> { ["--primary"] = "CR", ["--marrow"] = "CR", ["--metastases"] = "CR" };
        args[option] = value;
        var run = CliRunner.Run("score", "inrc", "--primary", args["--primary"], "--marrow", args["--marrow"], "--metastases", args["--metastases"], "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void A_missing_component_and_all_not_involved_are_refused()
    {
        var missing = CliRunner.Run("score", "inrc", "--primary", "CR", "--marrow", "CR");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--metastases is required", missing.StdErr);
        var none = CliRunner.Run("score", "inrc", "--primary", "NI", "--marrow", "NI", "--metastases", "NI");
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("not involved", none.StdErr);
    }
}

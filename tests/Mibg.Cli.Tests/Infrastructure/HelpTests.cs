using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Tests.Infrastructure;

/// <summary>Every command's --help works (descriptions are plain text, never console markup), and --version.</summary>
public sealed class HelpTests
{
    [Theory]
    [MemberData(nameof(CommandModelWalk.Everything), MemberType = typeof(CommandModelWalk))]
    public void Every_command_has_help_with_a_description_and_usage(string command)
    {
        var run = CliRunner.Run([.. command.Split(' '), "--help"]);
        Assert.True(run.ExitCode == 0, $"mibg {command} --help: exit {run.ExitCode}: {run.StdErr}");
        Assert.Equal("", run.StdErr);
        Assert.Contains("DESCRIPTION:", run.Console);
        Assert.Contains($"USAGE:\n    mibg {command}", run.Console.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(CommandModelWalk.Leaves), MemberType = typeof(CommandModelWalk))]
    public void Every_command_has_an_example_in_its_help(string command)
    {
        var run = CliRunner.Run([.. command.Split(' '), "--help"]);
        Assert.Contains("EXAMPLES:", run.Console);
    }

    [Fact]
    public void Brackets_in_a_description_are_shown_as_written()
    {
        // `[0, 1)` (a half-open interval) is not console markup: it crashed trial --help with exit 3 before.
        var run = CliRunner.Run("trial", "size", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[0, 1)", run.Console);
    }

    [Fact]
    public void Version_prints_the_version_and_the_commit_it_was_built_from()
    {
        var run = CliRunner.Run("--version");
        Assert.Equal(0, run.ExitCode);
        var m = System.Text.RegularExpressions.Regex.Match(run.StdOut.Trim(), @"^mibg (\d+\.\d+\.\d+) \(commit ([0-9a-f]{12}|unknown)\)$");
        Assert.True(m.Success, run.StdOut);
        Assert.Equal(MibgVersion.Version, m.Groups[1].Value);
        Assert.Equal(typeof(MibgVersion).Assembly.GetName().Version!.ToString(3), m.Groups[1].Value);
        Assert.Equal(run.StdOut, CliRunner.Run("-v").StdOut);
    }
}

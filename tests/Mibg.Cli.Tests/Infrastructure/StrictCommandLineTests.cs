using Mibg.Cli.Infrastructure;
using Spectre.Console.Cli.Help;
using Mibg.Cli.Tests.Commands.Statistics;

namespace Mibg.Cli.Tests.Infrastructure;

/// <summary>
/// docs/cli.md "Usage errors": what mibg does not understand is refused with exit 2, a message naming it (and the
/// closest valid option or command), and a pointer to the subcommand's --help; nothing runs, nothing is written on
/// stdout.
/// </summary>
public sealed class StrictCommandLineTests
{
    private static readonly string Aml = StatisticsFiles.Reference("public/aml.csv");

    private static void AssertUsage(CliRun run, string message, string help)
    {
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.Equal("", run.Console);
        Assert.Equal($"mibg: {message} Try '{help} --help'.", run.StdErr.Trim());
    }

    [Fact]
    public void A_misspelt_option_is_refused_naming_it_and_the_closest_valid_one()
    {
        // The example: before, this ran without the grouping and exited 0.
        var run = CliRunner.Run("km", Aml, "--time", "time", "--event", "status", "--grop", "x");
        AssertUsage(run, "unknown option '--grop'; did you mean '--group'?", "mibg km");
    }

    [Fact]
    public void A_misspelt_option_of_a_nested_command_points_to_that_command_s_help()
    {
        var run = CliRunner.Run("trial", "size", "--hr", "0.6", "--powr", "0.8", "--alpha", "0.05", "--control-median", "2", "--accrual-years", "5", "--followup-years", "3");
        AssertUsage(run, "unknown option '--powr'; did you mean '--power'?", "mibg trial size");
    }

    [Fact]
    public void An_unknown_flag_without_a_value_is_refused_too()
    {
        var run = CliRunner.Run("km", Aml, "--time", "time", "--event", "status", "--jsn");
        AssertUsage(run, "unknown option '--jsn'; did you mean '--json'?", "mibg km");
    }

    [Fact]
    public void An_unknown_option_far_from_every_valid_one_is_refused_without_a_guess()
    {
        var run = CliRunner.Run("km", Aml, "--time", "time", "--event", "status", "--weights", "w");
        AssertUsage(run, "unknown option '--weights'.", "mibg km");
    }

    [Fact]
    public void Cox_start_is_never_silently_ignored()
    {
        // Counting-process Cox (--start) is issue 9 item 3: until `cox` declares --start, it must be refused, because
        // ignoring it fits a different model. Once declared, a start column must change the fit (tested with cox).
        var cox = MibgApp.Model().Commands.Single(c => c.Name == "cox");
        if (cox.Parameters.OfType<ICommandOption>().Any(o => o.LongNames.Contains("start"))) return;
        var data = StatisticsFiles.Scratch("tstart,time,status,age\n0,5,1,60\n0,8,0,70\n2,9,1,50\n1,12,1,65\n0,15,0,55\n");
        var run = CliRunner.Run("cox", data, "--start", "tstart", "--time", "time", "--event", "status", "--covariates", "age");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown option '--start'", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Arguments_after_a_double_dash_are_refused()
    {
        var run = CliRunner.Run("score", "curie", "1", "0", "2", "0", "1", "0", "0", "0", "0", "0", "--", "extra");
        AssertUsage(run, "unexpected argument 'extra' after '--'.", "mibg score curie");
    }

    [Fact]
    public void A_missing_argument_points_to_the_subcommand_s_help()
    {
        var run = CliRunner.Run("km");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.EndsWith("Try 'mibg km --help'.", run.StdErr.Trim());
        Assert.Contains("DATA", run.StdErr);
    }

    [Fact]
    public void An_option_without_its_value_points_to_the_subcommand_s_help()
    {
        var run = CliRunner.Run("trial", "feasibility", "--subjects");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--subjects", run.StdErr);
        Assert.EndsWith("Try 'mibg trial feasibility --help'.", run.StdErr.Trim());
    }

    [Fact]
    public void A_misspelt_command_is_refused_with_the_closest_command()
    {
        AssertUsage(CliRunner.Run("kmm", "data.csv"), "Unknown command 'kmm'; did you mean 'km'?", "mibg");
        AssertUsage(CliRunner.Run("trial", "sise"), "Unknown command 'sise'; did you mean 'size'?", "mibg trial");
    }

    [Fact]
    public void No_command_shows_the_commands_and_is_a_usage_error()
    {
        // docs/cli.md: exit 2 for a usage error, and a command line without a command is one.
        var run = CliRunner.Run();
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("COMMANDS:", run.Console);
        Assert.Contains("km <DATA>", run.Console);
    }

    [Fact]
    public void A_command_group_without_its_subcommand_shows_its_commands_and_is_a_usage_error()
    {
        var run = CliRunner.Run("trial");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("feasibility", run.Console);
    }

    [Theory]
    [MemberData(nameof(CommandModelWalk.Leaves), MemberType = typeof(CommandModelWalk))]
    public void Every_command_refuses_an_option_it_does_not_have(string command)
    {
        var run = CliRunner.Run([.. command.Split(' '), "--no-such-option", "1"]);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.EndsWith($"Try 'mibg {command} --help'.", run.StdErr.Trim());
    }
}

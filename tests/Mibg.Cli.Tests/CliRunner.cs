using Mibg.Cli;
using Mibg.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Mibg.Cli.Tests;

/// <summary>The result of one in-process run of <c>mibg</c>.</summary>
public sealed record CliRun(int ExitCode, string StdOut, string StdErr, string Console);

/// <summary>
/// Runs <c>mibg</c> in-process with its own streams (nothing static is swapped, so tests run in parallel),
/// capturing stdout, stderr and the human console.
/// </summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (e.g. <c>--password-stdin</c>).</summary>
    public static CliRun RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new TestConsole().Width(200);
        var code = MibgApp.Run(args, new CliOutput(stdout, stderr, console, new StringReader(stdin), isInteractive: false));
        return new CliRun(code, stdout.ToString(), stderr.ToString(), console.Output);
    }
}

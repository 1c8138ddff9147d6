using Mibg.Cli;
using Mibg.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Testing;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Mibg.Cli.Tests;

/// <summary>The result of one in-process run of <c>mibg</c>.</summary>
public sealed record CliRun(int ExitCode, string StdOut, string StdErr, string Console);

/// <summary>Runs <c>mibg</c> in-process, capturing stdout, stderr and the human console.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        var (oldOut, oldErr, oldConsole) = (CliOutput.Out, CliOutput.Err, CliOutput.Console);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new TestConsole().Width(200);
        try
        {
            CliOutput.Out = stdout;
            CliOutput.Err = stderr;
            CliOutput.Console = console;
            var code = MibgApp.Run(args);
            return new CliRun(code, stdout.ToString(), stderr.ToString(), console.Output);
        }
        finally
        {
            (CliOutput.Out, CliOutput.Err, CliOutput.Console) = (oldOut, oldErr, oldConsole);
        }
    }
}

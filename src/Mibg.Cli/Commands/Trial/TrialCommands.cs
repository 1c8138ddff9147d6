using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary>Registers the trial commands of design/cli.md.</summary>
internal static class TrialCommands
{
    public static void Register(IConfigurator config)
    {
        _ = config;
    }
}

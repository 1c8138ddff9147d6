using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Registers the statistics commands of design/cli.md.</summary>
internal static class StatisticsCommands
{
    public static void Register(IConfigurator config)
    {
        _ = config;
    }
}

using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary>Registers the serve commands of design/cli.md.</summary>
internal static class ServeCommands
{
    public static void Register(IConfigurator config)
    {
        _ = config;
    }
}

using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary>Registers the study commands of design/cli.md.</summary>
internal static class StudyCommands
{
    public static void Register(IConfigurator config)
    {
        _ = config;
    }
}

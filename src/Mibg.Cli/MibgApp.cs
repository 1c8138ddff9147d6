using Mibg.Cli.Commands.Scoring;
using Mibg.Cli.Commands.Serve;
using Mibg.Cli.Commands.Statistics;
using Mibg.Cli.Commands.Study;
using Mibg.Cli.Commands.Trial;
using Mibg.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Mibg.Cli;

/// <summary>The <c>mibg</c> command: one entry point, also used in-process by the tests.</summary>
public static class MibgApp
{
    /// <summary>Runs the command line and returns the exit code of design/cli.md.</summary>
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("mibg");
            config.SetApplicationVersion(typeof(MibgApp).Assembly.GetName().Version?.ToString(3) ?? "0");
            config.PropagateExceptions();
            config.Settings.Console = CliOutput.Console;
            // Each area registers its own commands (one file per area, so work on one does not touch the others).
            StudyCommands.Register(config);
            ScoreCommands.Register(config);
            StatisticsCommands.Register(config);
            TrialCommands.Register(config);
            ServeCommands.Register(config);
            Commands.Analysis.AnalysisCommands.Register(config);
        });
        try
        {
            return app.Run(ScoreCommands.NormalizeBaselineArguments(args));
        }
        catch (CommandParseException e)
        {
            CliOutput.Err.WriteLine($"mibg: {e.Message.TrimEnd('.')}. Try 'mibg --help'.");
            return ExitCodes.Usage;
        }
        catch (CommandRuntimeException e)
        {
            CliOutput.Err.WriteLine($"mibg: {e.Message.TrimEnd('.')}. Try 'mibg --help'.");
            return ExitCodes.Usage;
        }
        catch (UserInputException e)
        {
            CliOutput.Err.WriteLine($"mibg: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            CliOutput.Err.WriteLine($"mibg: internal failure: {e.GetType().Name}: {e.Message}");
            CliOutput.Err.WriteLine("Please report this with the command you ran.");
            return ExitCodes.Internal;
        }
    }
}

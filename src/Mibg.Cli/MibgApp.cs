using Mibg.Cli.Commands.Scoring;
using Mibg.Cli.Commands.Serve;
using Mibg.Cli.Commands.Statistics;
using Mibg.Cli.Commands.Study;
using Mibg.Cli.Commands.Trial;
using Mibg.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Mibg.Cli;

/// <summary>The <c>mibg</c> command: one entry point, also used in-process (and in parallel) by the tests.</summary>
public static class MibgApp
{
    /// <summary>Runs the command line on the process's own streams and returns the exit code of docs/cli.md.</summary>
    public static int Run(string[] args) => Run(args, CliOutput.ForProcess());

    /// <summary>Runs the command line writing to <paramref name="output"/> and returns the exit code of docs/cli.md.</summary>
    public static int Run(string[] args, CliOutput output)
    {
        if (args is ["--version"] or ["-v"])
        {
            output.Out.WriteLine(MibgVersion.Line);
            return ExitCodes.Success;
        }
        var help = new HelpRecorder();
        var app = Create(output, help);
        var line = ScoreCommands.NormalizeBaselineArguments(args);
        try
        {
            if (args.Length == 0)
            {
                // No command: show what there is, but as a usage error (a script that forgot its command must fail).
                app.Run(["--help"]);
                return ExitCodes.Usage;
            }
            var code = app.Run(line);
            // Spectre shows help and returns 1 for a command group called without its subcommand (`mibg trial`).
            return help.Written && code == 1 ? ExitCodes.Usage : code;
        }
        catch (UsageException e)
        {
            return Usage(output, e.Message, null, line);
        }
        catch (CommandAppException e) when (e is CommandParseException or CommandRuntimeException)
        {
            return Usage(output, e.Message.TrimEnd('.'), e, line);
        }
        catch (UserInputException e)
        {
            output.Err.WriteLine($"mibg: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Mibg.Storage.StudyStoreException e)
        {
            // The store says what is wrong and what to do (never a password): not an internal failure.
            output.Err.WriteLine($"mibg: --store: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            output.Err.WriteLine($"mibg: internal failure: {e.GetType().Name}: {e.Message}");
            output.Err.WriteLine("Please report this with the command you ran.");
            return ExitCodes.Internal;
        }
    }

    /// <summary>Writes a usage error pointing to the help of the subcommand the arguments name; returns 2.</summary>
    private static int Usage(CliOutput output, string message, CommandAppException? spectre, IReadOnlyList<string> args)
    {
        var model = Model();
        var path = CommandLine.CommandPath(model, args);
        // An unknown option is named first: it is the likelier cause when Spectre trips over what follows it.
        message = CommandLine.UnknownOption(model, path, args)
            ?? (spectre is null ? null : CommandLine.UnknownCommand(spectre, model, path))
            ?? CommandLine.Reworded(message);
        var command = string.Join(' ', ["mibg", .. path]);
        output.Err.WriteLine($"mibg: {message}{(message.EndsWith('?') ? "" : ".")} Try '{command} --help'.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Every command, its options and its <c>--help</c> examples, as Spectre builds them from the registrations
    /// (obtained by writing the help to nowhere). Tests walk it so that a new command is covered without listing it.
    /// </summary>
    public static ICommandModel Model()
    {
        var nowhere = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var help = new HelpRecorder();
        Create(new CliOutput(TextWriter.Null, TextWriter.Null, nowhere, TextReader.Null, false), help).Run(["--help"]);
        return help.Model!;
    }

    private static CommandApp Create(CliOutput output, HelpRecorder help)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("mibg");
            config.SetApplicationVersion(MibgVersion.Line);
            config.PropagateExceptions();
            config.Settings.Console = output.Console;
            config.Settings.Registrar.RegisterInstance(output);
            config.Settings.Registrar.RegisterInstance<ICommandInterceptor>(new StrictOptions());
            config.SetHelpProvider(help.Attach(config.Settings));
            // Each area registers its own commands (one file per area, so work on one does not touch the others).
            StudyCommands.Register(config);
            ScoreCommands.Register(config);
            StatisticsCommands.Register(config);
            TrialCommands.Register(config);
            ServeCommands.Register(config);
            Commands.Analysis.AnalysisCommands.Register(config);
        });
        return app;
    }

    /// <summary>Creates the help provider once the settings exist, and keeps what it recorded.</summary>
    private sealed class HelpRecorder
    {
        private PlainTextHelp? _help;
        public bool Written => _help?.Written ?? false;
        public ICommandModel? Model => _help?.Model;
        public IHelpProvider Attach(ICommandAppSettings settings) => _help = new PlainTextHelp(settings);
    }
}

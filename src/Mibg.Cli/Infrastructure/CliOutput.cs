using Spectre.Console;

namespace Mibg.Cli.Infrastructure;

/// <summary>
/// The streams of one run of <c>mibg</c>, injected into every command through its constructor (never static, so
/// tests run the CLI in parallel in one process). Machine output (JSON) goes to <see cref="Out"/> verbatim; human
/// output goes through <see cref="Console"/> (tables, colours on a terminal only); diagnostics go to
/// <see cref="Err"/>; <see cref="In"/> is standard input (e.g. <c>--password-stdin</c>).
/// </summary>
public sealed class CliOutput
{
    /// <summary>Streams for one run; tests pass string writers and a <c>TestConsole</c>.</summary>
    public CliOutput(TextWriter stdout, TextWriter stderr, IAnsiConsole console, TextReader stdin, bool isInteractive)
    {
        Out = stdout;
        Err = stderr;
        Console = console;
        In = stdin;
        IsInteractive = isInteractive;
    }

    /// <summary>The process's own standard streams and terminal.</summary>
    public static CliOutput ForProcess() =>
        new(System.Console.Out, System.Console.Error, AnsiConsole.Console, System.Console.In, !System.Console.IsErrorRedirected);

    /// <summary>Standard output for machine-readable text.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error for diagnostics.</summary>
    public TextWriter Err { get; }

    /// <summary>Human output (tables, progress).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>Whether stderr is an interactive terminal (progress bars and spinners only then).</summary>
    public bool IsInteractive { get; }
}

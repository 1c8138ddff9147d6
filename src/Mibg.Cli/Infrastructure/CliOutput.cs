using Spectre.Console;

namespace Mibg.Cli.Infrastructure;

/// <summary>
/// Where commands write. Machine output (JSON) goes to <see cref="Out"/> verbatim; human output goes through
/// <see cref="Console"/> (tables, colours on a terminal only); diagnostics go to <see cref="Err"/>.
/// Tests swap all three to run the CLI in-process.
/// </summary>
public static class CliOutput
{
    /// <summary>Standard output for machine-readable text.</summary>
    public static TextWriter Out { get; set; } = System.Console.Out;

    /// <summary>Standard error for diagnostics.</summary>
    public static TextWriter Err { get; set; } = System.Console.Error;

    /// <summary>Human output (tables, progress).</summary>
    public static IAnsiConsole Console { get; set; } = AnsiConsole.Console;

    /// <summary>Whether stderr is an interactive terminal (progress bars only then).</summary>
    public static bool IsInteractive => !System.Console.IsErrorRedirected && ReferenceEquals(Err, System.Console.Error);
}

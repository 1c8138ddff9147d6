using Mibg.Cli.Infrastructure;
using Spectre.Console;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// Shows a spinner while reading and fitting a table that may take seconds (millions of rows), only on an
/// interactive terminal and never with <c>--json</c> (stdout then holds the JSON document only).
/// </summary>
internal static class LongWork
{
    /// <summary>Runs <paramref name="work"/>, with a status line when the table is large and the output human.</summary>
    public static T Run<T>(CliOutput output, string path, bool json, string what, Func<T> work)
    {
        var large = File.Exists(path) && new FileInfo(path).Length > 5_000_000;
        if (json || !large || !output.IsInteractive) return work();
        var result = default(T)!;
        output.Console.Status().Start($"{what} {Markup.Escape(Path.GetFileName(path))}…", _ => result = work());
        return result;
    }
}

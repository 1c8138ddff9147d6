using System.Text.RegularExpressions;
using Mibg.Cli.Infrastructure;
using Spectre.Console.Cli.Help;

namespace Mibg.Cli.Tests.Examples;

/// <summary>
/// The commands a newcomer copies: every shell line of README.md (its code blocks and the `mibg …` cells of its
/// tables) and every example of every `--help`, in the order they are shown. Found by reading, never listed by hand,
/// so a command added tomorrow is picked up (the habit of nietras/Sep's README test).
/// </summary>
internal static partial class ExampleCommands
{
    /// <summary>What the examples test does not run, and why; everything else runs.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotRun = new Dictionary<string, string>
    {
        ["scripts/install.sh"] = "installs into /usr/local (the fresh-clone run in the closing note covers it); the test runs the built mibg instead",
        ["scripts/test.sh"] = "runs the whole test suite, this test included",
        [string.Join(' ', new[] { "mibg", "store", "grant", "--store", "Host=db;Database=mibg;Username=mibg_owner", "--app-role", "mibg_app" }.Select(ShellWords.Quote))] =
            "needs a PostgreSQL server with those roles; StoreGrantCommandTests runs it against the tests' own PostgreSQL",
    };

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Mibg.slnx not found above the test binaries.");
    }

    /// <summary>Every command of README.md in reading order; <c>a &amp;&amp; b</c> gives two.</summary>
    public static IReadOnlyList<string> FromReadme(string markdown)
    {
        var commands = new List<string>();
        var inShell = false;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && line is "```sh" or "```bash" or "```shell";
                continue;
            }
            if (inShell)
            {
                if (line.Length > 0 && !line.StartsWith('#')) commands.AddRange(Split(line));
            }
            else if (line.StartsWith('|'))
            {
                foreach (Match m in CodeSpan().Matches(line))
                    if (m.Groups[1].Value.StartsWith("mibg ", StringComparison.Ordinal)) commands.AddRange(Split(m.Groups[1].Value));
            }
        }
        return commands;
    }

    /// <summary>Every <c>--help</c> example, command by command in the order of <c>mibg --help</c>, quoted as help shows it.</summary>
    public static IReadOnlyList<string> FromHelp()
    {
        var commands = new List<string>();
        void Visit(ICommandInfo command)
        {
            if (command.IsHidden) return;
            foreach (var example in command.Examples) commands.Add(string.Join(' ', ["mibg", .. example.Select(ShellWords.Quote)]));
            foreach (var child in command.Commands) Visit(child);
        }
        foreach (var command in MibgApp.Model().Commands) Visit(command);
        return commands;
    }

    private static IEnumerable<string> Split(string line) =>
        line.Split(" && ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}

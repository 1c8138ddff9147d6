using System.Diagnostics;
using Xunit.Abstractions;

namespace Mibg.Cli.Tests.Examples;

/// <summary>
/// Every command of README.md and of every <c>--help</c> runs as written, in order, in a scratch copy of the
/// repository, and exits 0; what they write there is ignored by git (.gitignore).
/// </summary>
public sealed class ExamplesRunAsWrittenTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Fact]
    public void Readme_commands_run_as_written()
    {
        var root = ExampleCommands.RepositoryRoot();
        var commands = ExampleCommands.FromReadme(File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.Contains("mibg demo", commands);
        Assert.Contains(commands, c => c.StartsWith("mibg agreement --study ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("mibg analyze ", StringComparison.Ordinal) && c.Contains("--plan ") && c.Contains("--out "));
        RunAll(root, commands);
    }

    [Fact]
    public void Help_examples_run_as_written()
    {
        var root = ExampleCommands.RepositoryRoot();
        var commands = ExampleCommands.FromHelp();
        Assert.True(commands.Count >= 30, $"only {commands.Count} --help examples found");
        RunAll(root, commands);
    }

    [Fact]
    public void The_readme_reader_finds_code_blocks_table_cells_and_chained_commands()
    {
        const string readme = """
            Intro `mibg not-a-table-cell`.
            ```sh
            # a comment
            scripts/install.sh && mibg demo
            ```
            | job | command |
            | --- | --- |
            | a | `mibg validate x`, then `mibg km y --time t` and `Host=…` |
            ```json
            {"not": "shell"}
            ```
            """;
        Assert.Equal(["scripts/install.sh", "mibg demo", "mibg validate x", "mibg km y --time t"], ExampleCommands.FromReadme(readme));
    }

    private void RunAll(string root, IReadOnlyList<string> commands)
    {
        using var scratch = new ScratchCheckout(root);
        var failures = new List<string>();
        foreach (var command in commands)
        {
            if (ExampleCommands.NotRun.TryGetValue(command, out var why))
            {
                log.WriteLine($"not run: {command} ({why})");
                continue;
            }
            var run = scratch.Run(command, Timeout);
            log.WriteLine($"{run.Elapsed.TotalSeconds,6:0.0} s  exit {run.ExitCode}  {command}");
            if (run.ExitCode != 0) failures.Add($"{command}\n  exit {run.ExitCode}: {run.StdErr.Trim()}");
        }
        Assert.True(failures.Count == 0, "examples that do not run as written:\n" + string.Join("\n", failures));
        AssertIgnoredByGit(root, scratch);
    }

    /// <summary>What the examples wrote in the copy would not show up in <c>git status</c> of a checkout.</summary>
    private static void AssertIgnoredByGit(string root, ScratchCheckout scratch)
    {
        if (!Directory.Exists(Path.Combine(root, ".git")) && !File.Exists(Path.Combine(root, ".git"))) return; // not a clone
        var notIgnored = new List<string>();
        foreach (var entry in scratch.NewEntries())
        {
            var name = Path.GetFileName(entry) + (Directory.Exists(entry) ? "/" : "");
            var check = Process.Start(new ProcessStartInfo("git", ["-C", root, "check-ignore", "--no-index", "-q", name]) { UseShellExecute = false })!;
            check.WaitForExit();
            if (check.ExitCode != 0) notIgnored.Add(name);
        }
        Assert.True(notIgnored.Count == 0, "example outputs not in .gitignore: " + string.Join(", ", notIgnored));
    }
}

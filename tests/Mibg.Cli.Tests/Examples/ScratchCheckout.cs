using System.Diagnostics;
using System.Text;

namespace Mibg.Cli.Tests.Examples;

/// <summary>The outcome of one example command.</summary>
internal sealed record ExampleRun(string Command, int ExitCode, string StdErr, TimeSpan Elapsed);

/// <summary>
/// A scratch copy of the repository's samples/ in a temporary directory, where example commands run as a user types
/// them: through bash, from the copy's root, with <c>mibg</c> on the PATH being the build under test.
/// </summary>
internal sealed class ScratchCheckout : IDisposable
{
    /// <summary>Typed when a command reads standard input (<c>--password-stdin</c>).</summary>
    public const string Password = "a long enough secret";

    private readonly string _bin;

    public ScratchCheckout(string repositoryRoot)
    {
        Root = Directory.CreateTempSubdirectory("mibg-examples-").FullName;
        Copy(Path.Combine(repositoryRoot, "samples"), Path.Combine(Root, "samples"));
        _bin = Directory.CreateTempSubdirectory("mibg-examples-bin-").FullName;
        var wrapper = Path.Combine(_bin, "mibg");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec '{Path.Combine(AppContext.BaseDirectory, "mibg")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Original = [.. Directory.EnumerateFileSystemEntries(Root)];
    }

    public string Root { get; }

    /// <summary>The top-level entries before any command ran.</summary>
    public IReadOnlyList<string> Original { get; }

    /// <summary>
    /// Runs <paramref name="command"/> with bash from <see cref="Root"/>. A command that serves until stopped
    /// (<c>mibg serve</c>) counts as succeeded once it says it is listening, and is then stopped.
    /// </summary>
    public ExampleRun Run(string command, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PATH"] = _bin + ":" + Environment.GetEnvironmentVariable("PATH");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        var listening = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (e.Data.Contains(" listening on ", StringComparison.Ordinal)) listening.TrySetResult();
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        process.StandardInput.WriteLine(Password);
        process.StandardInput.Close();
        var exited = process.WaitForExitAsync();
        var first = Task.WhenAny(exited, listening.Task, Task.Delay(timeout)).GetAwaiter().GetResult();
        int code;
        if (first == exited) { process.WaitForExit(); code = process.ExitCode; }
        else
        {
            code = first == listening.Task ? 0 : -1;
            if (code != 0) lock (stderr) stderr.AppendLine($"(no exit within {timeout.TotalSeconds:0} s)");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        lock (stderr) return new ExampleRun(command, code, stderr.ToString(), clock.Elapsed);
    }

    /// <summary>What the commands left at the top of the copy.</summary>
    public IEnumerable<string> NewEntries() => Directory.EnumerateFileSystemEntries(Root).Except(Original);

    public void Dispose()
    {
        foreach (var dir in new[] { Root, _bin })
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}

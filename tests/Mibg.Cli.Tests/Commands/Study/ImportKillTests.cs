using System.Diagnostics;
using Mibg.Bench.Storage;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Export;

namespace Mibg.Cli.Tests.Commands.Study;

/// <summary>
/// All-or-nothing import, the hard way: a real <c>mibg import</c> process (the built mibg.dll run by
/// <c>dotnet</c>) is killed in the middle of writing a large study; the store must open afterwards and hold
/// exactly what it held before, down to the bytes of the file.
/// </summary>
public class ImportKillTests
{
    /// <summary>Large enough that writing takes seconds on this machine, so the kill lands mid-transaction.</summary>
    private const int Patients = 20_000;

    [Fact]
    public async Task An_import_killed_midway_leaves_the_store_readable_and_unchanged()
    {
        using var folder = new StudyFolder();
        var big = folder.File("big-study");
        StudyExport.ToCsvFolder(SyntheticStudy.Create(Patients, seed: 42), big);

        var store = folder.File("study.db");
        var small = SyntheticStudy.Create(5, seed: 1);
        await using (var s = StudyStores.Open(store)) await s.ImportAsync(small);
        var bytesBefore = await File.ReadAllBytesAsync(store);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "mibg.dll"), "import", big, "--store", store, "--replace", "--today", "2026-01-01" })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var writing = new TaskCompletionSource();
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (e.Data.StartsWith("importing ", StringComparison.Ordinal)) writing.TrySetResult();
        };
        process.BeginErrorReadLine();

        // mibg says when the transaction starts writing (after validating the whole study)
        var clock = Stopwatch.StartNew();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(writing.Task, exited, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(first == writing.Task, $"mibg import did not start writing: {stderr}");
        // wait until uncommitted pages have spilled from SQLite's cache into the file itself (it grows), so the
        // kill interrupts a write that has really changed the file, not one still held in memory
        var journal = store + "-journal"; // SQLite's rollback journal: the pre-images of the changed pages
        while (new FileInfo(store).Length <= 4 * bytesBefore.Length && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
            await Task.Delay(5);
        Assert.False(process.HasExited, $"the import ended before it could be killed (exit {(process.HasExited ? process.ExitCode : 0)}); raise Patients: {stderr}");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Assert.DoesNotContain("imported", await stdout, StringComparison.Ordinal);
        Assert.True(new FileInfo(store).Length > bytesBefore.Length, "the killed import had written into the file");
        Assert.True(File.Exists(journal), "and left a hot journal behind");

        // the next open rolls the hot journal back: readable, and exactly the study it held before
        await using (var reopened = StudyStores.Open(store, createIfMissing: false))
        {
            Assert.Equal(new StudyCounts(small.Patients.Count, small.Scans.Count, small.Reads.Count, small.Events.Count), await reopened.GetCountsAsync());
            Assert.Equal(Csv(small), Csv(await reopened.LoadAsync()));
        }
        Assert.False(File.Exists(journal)); // rolled back and removed
        Assert.Equal(bytesBefore, await File.ReadAllBytesAsync(store));
    }

    private static string Csv(StudyData study)
    {
        using var folder = new StudyFolder();
        StudyExport.ToCsvFolder(study, folder.Path);
        return string.Concat(new[] { "patients", "scans", "reads", "events" }.Select(t => File.ReadAllText(folder.File(t + ".csv"))));
    }
}

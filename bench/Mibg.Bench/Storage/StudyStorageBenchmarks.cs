using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Export;
using Mibg.Storage.Reading;

namespace Mibg.Bench.Storage;

/// <summary>
/// Reading, validating and importing a 5,000-patient study (<see cref="SyntheticStudy"/>, seed 42): in process
/// (the library calls) and as whole <c>mibg</c> processes, the way a user runs them (start-up included).
/// Needs the Release CLI built first: <c>bench/storage/run.sh</c> does both.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StudyStorageBenchmarks
{
    private static readonly StudyReadOptions Options = new() { Today = new DateOnly(2026, 1, 1) };

    private string _folder = "";
    private string _csv = "";
    private string _xlsx = "";
    private string _mibg = "";
    private StudyData _study = null!;
    private readonly List<(string Command, double Wall, double Cpu)> _processTimes = [];

    /// <summary>Number of patients (about 4.4 scans, 13 reads and 0.6 events each).</summary>
    [Params(5000)]
    public int Patients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "mibg-bench-storage", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _study = SyntheticStudy.Create(Patients, seed: 42);
        _csv = Path.Combine(_folder, "study");
        StudyExport.ToCsvFolder(_study, _csv);
        _xlsx = Path.Combine(_folder, "study.xlsx");
        StudyExport.ToXlsx(_study, _xlsx);
        _mibg = Path.Combine(RepoRoot(), "src", "Mibg.Cli", "bin", "Release", "net10.0", "mibg.dll");
        if (!File.Exists(_mibg))
            throw new InvalidOperationException($"build the CLI first: dotnet build -c Release src/Mibg.Cli (no {_mibg})");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_folder, recursive: true);
        if (_processTimes.Count == 0) return;
        // wall time is what BenchmarkDotNet reports; CPU time (user + sys, from /usr/bin/time) is written beside it,
        // because on a shared machine the wall time mostly measures the other processes
        var file = Path.Combine(RepoRoot(), "bench", "storage", "results", "whole-process-cpu.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (!File.Exists(file))
            File.WriteAllText(file, "| command | patients | runs | wall (s), mean | CPU user+sys (s), mean | load average at the end |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var g in _processTimes.GroupBy(t => t.Command))
            File.AppendAllText(file, FormattableString.Invariant(
                $"| {g.Key} | {Patients} | {g.Count()} | {g.Average(t => t.Wall):0.00} | {g.Average(t => t.Cpu):0.00} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |\n"));
    }

    [Benchmark(Description = "validate CSV folder (in process)")]
    public int ValidateCsv() => Check(StudyReader.Read(_csv, Options));

    [Benchmark(Description = "validate xlsx workbook (in process)")]
    public int ValidateXlsx() => Check(StudyReader.Read(_xlsx, Options));

    [Benchmark(Description = "import into a new SQLite store (in process, study already read)")]
    public async Task<int> ImportSqlite()
    {
        var path = NewStorePath();
        await using var store = StudyStores.Open(path);
        return (await store.ImportAsync(_study)).Total;
    }

    [Benchmark(Description = "mibg validate CSV folder (whole process)")]
    public int ProcessValidateCsv() => Run("validate", _csv, "--today", "2026-01-01");

    [Benchmark(Description = "mibg import CSV folder (whole process: validate + store)")]
    public int ProcessImportCsv() => Run("import", _csv, "--store", NewStorePath(), "--today", "2026-01-01");

    [Benchmark(Description = "mibg import xlsx workbook (whole process: validate + store)")]
    public int ProcessImportXlsx() => Run("import", _xlsx, "--store", NewStorePath(), "--today", "2026-01-01");

    private string NewStorePath()
    {
        var path = Path.Combine(_folder, "store.db");
        if (File.Exists(path)) File.Delete(path);
        return path;
    }

    private static int Check(StudyReadResult result) =>
        result.HasErrors ? throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(5))) : result.Study!.Patients.Count;

    private int Run(params string[] args)
    {
        const string time = "/usr/bin/time";
        var timesFile = Path.Combine(_folder, "time.txt");
        var timed = File.Exists(time);
        var start = new ProcessStartInfo(timed ? time : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (timed)
            foreach (var a in new[] { "-f", "%e %U %S", "-o", timesFile, "dotnet" }) start.ArgumentList.Add(a);
        start.ArgumentList.Add(_mibg);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"mibg {string.Join(' ', args)} failed: {stderr.Result}");
        if (timed)
        {
            var t = File.ReadAllText(timesFile).Trim().Split(' ').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var what = $"mibg {args[0]} {(args[1].EndsWith(".xlsx", StringComparison.Ordinal) ? "xlsx" : "csv")}";
            _processTimes.Add((what, t[0], t[1] + t[2]));
        }
        return 0;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Mibg.slnx) not found");
    }
}

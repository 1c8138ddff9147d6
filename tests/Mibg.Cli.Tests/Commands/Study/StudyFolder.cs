namespace Mibg.Cli.Tests.Commands.Study;

/// <summary>A temp folder for one test, deleted afterwards; and where the repository's sample study is.</summary>
public sealed class StudyFolder : IDisposable
{
    public StudyFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mibg-cli-study-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public static string RepoRoot { get; } = FindRoot();

    public static string Sample => System.IO.Path.Combine(RepoRoot, "samples", "small-study");

    public static string SampleXlsx => System.IO.Path.Combine(Sample, "small-study.xlsx");

    /// <summary>Copies the sample's CSV files (the four required and the two optional) into a new sub-folder and returns it.</summary>
    public string CopyOfSample(string name = "study")
    {
        var dir = Directory.CreateDirectory(File(name)).FullName;
        foreach (var t in new[] { "patients", "scans", "reads", "events", "radiotherapy", "assessments" })
            System.IO.File.Copy(System.IO.Path.Combine(Sample, t + ".csv"), System.IO.Path.Combine(dir, t + ".csv"));
        return dir;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

using System.Diagnostics;

namespace Mibg.Bench.Imaging;

/// <summary>The repository root and the 256×1024 two-frame DICOM file the imaging benchmarks read (written by pydicom).</summary>
internal static class BenchFiles
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }

    /// <summary>A fresh folder holding bench.dcm: 2 frames of 256×1024, 16-bit, explicit VR little endian.</summary>
    public static string MakeDicom()
    {
        var folder = Directory.CreateTempSubdirectory("mibg-bench-images-").FullName;
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "tests", "Mibg.Imaging.Tests", "Fixtures", "make_fixtures.py"));
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add("--bench");
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("make_fixtures.py --bench failed (python3-pydicom, python3-pil)");
        return folder;
    }
}

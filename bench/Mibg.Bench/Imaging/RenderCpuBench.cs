using System.Diagnostics;
using Mibg.Imaging;
using Mibg.Imaging.Rendering;

namespace Mibg.Bench.Imaging;

/// <summary>
/// The cold request's work (read + decode the 256×1024 two-frame DICOM file, render both frames to PNG) 200 times on
/// one thread, timed by wall clock and by this process's CPU time: on a shared, loaded machine the CPU time per
/// operation is what an idle server would take.
/// </summary>
internal static class RenderCpuBench
{
    public static int Run()
    {
        var folder = BenchFiles.MakeDicom();
        try
        {
            for (var i = 0; i < 20; i++) Once(folder); // warm up (JIT, tiered compilation)
            const int n = 200;
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var bytes = 0L;
            var worst = TimeSpan.Zero;
            for (var i = 0; i < n; i++)
            {
                var one = Stopwatch.StartNew();
                bytes += Once(folder);
                if (one.Elapsed > worst) worst = one.Elapsed;
            }
            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            Console.WriteLine($"read + decode + render both frames of a 256×1024 two-frame 16-bit DICOM file, {n} times: " +
                              $"{wall.Elapsed.TotalMilliseconds / n:F2} ms wall, {cpu.TotalMilliseconds / n:F2} ms CPU per request (worst wall {worst.TotalMilliseconds:F1} ms); " +
                              $"PNG {bytes / n / 2 / 1024} KiB a frame");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static long Once(string folder)
    {
        var image = ScanImageReader.Read(folder, "bench.dcm");
        return FrameRenderer.Png(image.Frames[0]).Length + FrameRenderer.Png(image.Frames[1]).Length;
    }
}

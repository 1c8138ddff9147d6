using BenchmarkDotNet.Attributes;
using Mibg.Imaging;
using Mibg.Imaging.Rendering;

namespace Mibg.Bench.Imaging;

/// <summary>
/// Server-side work behind <c>GET /scans/{id}/image</c> on a 256×1024 two-frame 16-bit DICOM file written by pydicom:
/// reading and decoding the file, rendering a frame to PNG, and both together (a first request, before the cache).
/// </summary>
[MemoryDiagnoser]
public class ScanImageBenchmarks
{
    private string _folder = "";
    private ScanImage _image = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchFiles.MakeDicom();
        _image = ScanImageReader.Read(_folder, "bench.dcm");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    [Benchmark(Description = "read + decode both frames")]
    public ScanImage Decode() => ScanImageReader.Read(_folder, "bench.dcm");

    [Benchmark(Description = "render one frame to PNG (decoded)")]
    public byte[] RenderFrame() => FrameRenderer.Png(_image.Frames[0]);

    [Benchmark(Description = "read + decode + render both frames (cold request)")]
    public int DecodeAndRenderBoth()
    {
        var image = ScanImageReader.Read(_folder, "bench.dcm");
        return FrameRenderer.Png(image.Frames[0]).Length + FrameRenderer.Png(image.Frames[1]).Length;
    }
}

using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json;
using Mibg.Imaging.Tests.Fixtures;
using Mibg.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Mibg.Web.Tests.Imaging;

/// <summary>
/// <c>GET /scans/{id}/image[?frame=N]</c>, <c>/image/frames</c> and <c>/image/pixels</c> over every source kind made
/// by pydicom and Pillow: the values served are the values the tool wrote, and the PNG is those values through the
/// window the frame list names (computed here by hand from the formula).
/// </summary>
public sealed class ScanImageApiTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>, IAsyncLifetime
{
    private WorkstationServer _server = null!;

    public async Task InitializeAsync() => _server = await DicomStudy.StartAsync(fixtures);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The image URL of <paramref name="scan"/> under the code <paramref name="account"/> sees it by (R1 unless said).</summary>
    private string Url(string scan, string tail = "", string account = "R1") => $"/scans/{Uri.EscapeDataString(_server.Code(account, scan))}/image{tail}";

    [Theory]
    [InlineData("S1", "explicit16-2frames.dcm", "dicom_file")]
    [InlineData("S2", "wholebody-folder", "dicom_folder")]
    [InlineData("S4", "implicit8-mono1.dcm", "dicom_file")]
    [InlineData("S5", "scan.png", "png")]
    [InlineData("X001", "implicit16-signed.dcm", "dicom_file")]
    public async Task Every_frame_serves_the_tools_values_and_a_png_windowed_from_them(string scan, string fixture, string source)
    {
        var r1 = await _server.SignedInAsync("R1");
        var f = fixtures.Fixture(fixture);
        var expected = f.GetProperty("expected").EnumerateArray().SelectMany(e => fixtures.Expected(e.GetString()!)).ToArray();
        using var list = JsonDocument.Parse(await r1.GetStringAsync(Url(scan, "/frames")));
        Assert.Equal(source, list.RootElement.GetProperty("source").GetString());
        var frames = list.RootElement.GetProperty("frames").EnumerateArray().ToArray();
        Assert.Equal(f.GetProperty("frames").GetInt32(), frames.Length);
        var w = f.GetProperty("width").GetInt32();
        var h = f.GetProperty("height").GetInt32();
        for (var n = 1; n <= frames.Length; n++)
        {
            var meta = frames[n - 1];
            Assert.Equal(n, meta.GetProperty("frame").GetInt32());
            Assert.Equal(f.GetProperty("views")[n - 1].GetString(), meta.GetProperty("view").GetString());
            var pixels = await r1.GetByteArrayAsync(Url(scan, $"/pixels?frame={n}"));
            var values = new float[w * h];
            Buffer.BlockCopy(pixels, 0, values, 0, pixels.Length);
            Assert.Equal(expected.AsSpan((n - 1) * w * h, w * h).ToArray(), values);

            var png = await r1.GetAsync(Url(scan, $"?frame={n}"));
            Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
            var bytes = await png.Content.ReadAsByteArrayAsync();
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.Equal((w, h), (bitmap.Width, bitmap.Height));
            // Linear window: grey = clamp(round((v − (c − width/2)) × 255 / width)), inverted for MONOCHROME1.
            var c = meta.GetProperty("window").GetProperty("center").GetDouble();
            var ww = meta.GetProperty("window").GetProperty("width").GetDouble();
            var mono1 = meta.GetProperty("monochrome1").GetBoolean();
            foreach (var i in new[] { 0, w * h / 2 + w / 2, w * h / 3, w * h - 1 })
            {
                var g = Math.Clamp((int)Math.Round((expected[(n - 1) * w * h + i] - (c - ww / 2)) * 255 / ww, MidpointRounding.AwayFromZero), 0, 255);
                Assert.Equal(mono1 ? 255 - g : g, bitmap.GetPixel(i % w, i / w).Red, tolerance: 1);
            }
        }
    }

    [Fact]
    public async Task Without_a_frame_the_first_is_served_and_bad_frames_are_refused()
    {
        var r1 = await _server.SignedInAsync("R1");
        Assert.Equal(await r1.GetByteArrayAsync(Url("S1", "?frame=1")), await r1.GetByteArrayAsync(Url("S1")));
        foreach (var bad in new[] { "?frame=0", "?frame=3", "?frame=-1", "?frame=abc", "?frame=1&frame=2", "?frame=", "?frame=99999999999" })
        {
            var response = await r1.GetAsync(Url("S1", bad));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("frame", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var unknown = await r1.GetAsync(Url("S1", "/frames?size=big"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("unknown query parameter 'size'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await r1.GetAsync(Url("S1", "?frame=1&window=3"))).StatusCode);
    }

    [Fact]
    public async Task An_unsupported_transfer_syntax_is_named()
    {
        var r1 = await _server.SignedInAsync("R1");
        foreach (var tail in new[] { "", "/frames", "/pixels?frame=1" })
        {
            var response = await r1.GetAsync(Url("S3", tail));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
            Assert.Contains("JPEG 2000 Image Compression (Lossless Only) (1.2.840.10008.1.2.4.90)", error, StringComparison.Ordinal);
            Assert.DoesNotContain("jpeg2000.dcm", error, StringComparison.Ordinal); // no file name
        }
    }

    [Fact]
    public async Task A_withheld_image_is_never_served()
    {
        var r1 = await _server.SignedInAsync("R1");
        Assert.Equal(HttpStatusCode.OK, (await r1.GetAsync(Url("S4"))).StatusCode);
        await File.WriteAllTextAsync(Path.Combine(_server.Folder, "images", "withheld-images.txt"),
            "# burned-in name in the corner (checked by the study admin)\ndicom/implicit8-mono1.dcm\n");
        foreach (var tail in new[] { "", "/frames", "/pixels?frame=1" })
        {
            var response = await r1.GetAsync(Url("S4", tail));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("withheld", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var adj = await _server.SignedInAsync("adj");
        Assert.Equal(HttpStatusCode.NotFound, (await adj.GetAsync(Url("S4", account: "adj"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await r1.GetAsync(Url("S1"))).StatusCode); // the others still are
    }

    [Fact]
    public async Task The_png_holds_only_critical_chunks_even_when_the_source_png_had_text()
    {
        var r1 = await _server.SignedInAsync("R1");
        var source = await File.ReadAllBytesAsync(Path.Combine(_server.Folder, "images", "dicom", "scan.png"));
        Assert.Contains("tEXt", Chunks(source)); // Pillow wrote the identifiers in a text chunk
        foreach (var scan in new[] { "S1", "S2", "S4", "S5", DemoStudy.OddScanId, "X001" })
            Assert.Equal(["IHDR", "IDAT", "IEND"], Chunks(await r1.GetByteArrayAsync(Url(scan))));
    }

    private static List<string> Chunks(byte[] png)
    {
        var types = new List<string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            types.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
        }
        return types;
    }
}

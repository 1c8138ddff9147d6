using Mibg.Imaging.Tests.Fixtures;

namespace Mibg.Imaging.Tests;

/// <summary>
/// Every supported source kind, made by pydicom or Pillow at test time, read back by mibg: sizes, frames, views,
/// MONOCHROME1 and every pixel value checked against what the tool wrote (stored × slope + intercept, computed by numpy).
/// </summary>
public sealed class FixtureImageTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>
{
    [Theory]
    [InlineData("explicit16-2frames.dcm", ScanImageSource.DicomFile)]  // explicit VR LE, 16-bit, 2 frames, rescale 0.5/−10, window
    [InlineData("implicit8-mono1.dcm", ScanImageSource.DicomFile)]     // implicit VR LE, 8-bit, MONOCHROME1
    [InlineData("implicit16-signed.dcm", ScanImageSource.DicomFile)]   // implicit VR LE, 16-bit signed, intercept 2.5, no view
    [InlineData("wholebody-folder", ScanImageSource.DicomFolder)]      // a folder of two single-frame files
    [InlineData("scan.png", ScanImageSource.Png)]
    [InlineData("scan.jpg", ScanImageSource.Jpeg)]
    public void Reads_every_pixel_as_the_tool_wrote_it(string name, ScanImageSource source)
    {
        var f = fixtures.Fixture(name);
        var image = ScanImageReader.Read(fixtures.Folder, name);
        Assert.Equal(source, image.Source);
        Assert.Equal(f.GetProperty("frames").GetInt32(), image.Frames.Count);
        var expected = f.GetProperty("expected").EnumerateArray().SelectMany(e => fixtures.Expected(e.GetString()!)).ToArray();
        var actual = image.Frames.SelectMany(fr => fr.Values).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        // JPEG decoders may round the inverse DCT differently (Pillow's libjpeg vs Skia's): ±2 grey levels allowed.
        var tolerance = source == ScanImageSource.Jpeg ? 2.0 : 0.0;
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst <= tolerance, $"{name}: largest difference {worst} from the values the tool wrote");
        var views = f.GetProperty("views").EnumerateArray().Select(v => v.GetString()).ToArray();
        for (var i = 0; i < image.Frames.Count; i++)
        {
            var frame = image.Frames[i];
            Assert.Equal(f.GetProperty("width").GetInt32(), frame.Width);
            Assert.Equal(f.GetProperty("height").GetInt32(), frame.Height);
            Assert.Equal(views[i], frame.View.ToString().ToLowerInvariant());
            Assert.Equal(f.GetProperty("monochrome1").GetBoolean(), frame.InvertedGrey);
        }
    }

    [Fact]
    public void Rescale_is_applied_by_hand_too()
    {
        // explicit16-2frames.dcm: slope 0.5, intercept −10; the background of the body ellipse was written as
        // 0.2 × 4000 = 800 plus noise 0..199 (stored 800..999), so its rescaled values lie in 390..489.5.
        var frame = ScanImageReader.Read(fixtures.Folder, "explicit16-2frames.dcm").Frames[0];
        var centre = frame.Values[128 * 64 + 32];
        Assert.InRange(centre, 390f, 489.5f);
        Assert.Equal(0, (centre + 10) * 2 % 1); // (value + 10) × 2 is the whole stored number
        Assert.Equal((900.0, 1800.0), frame.Window);
        // The corner lies outside the ellipse: stored 0..199 noise → −10..89.5.
        Assert.InRange(frame.Values[0], -10f, 89.5f);
    }

    [Fact]
    public void Views_come_from_the_files_not_their_order()
    {
        var image = ScanImageReader.Read(fixtures.Folder, "wholebody-folder");
        Assert.Equal([ImageView.Posterior, ImageView.Anterior], image.Frames.Select(f => f.View));
        Assert.All(image.Frames, f => Assert.False(f.ViewAssumed));
        var assumed = ScanImageReader.Read(fixtures.Folder, "implicit16-signed.dcm");
        Assert.All(assumed.Frames, f => Assert.True(f.ViewAssumed)); // two frames, no view recorded
    }

    [Fact]
    public void A_compressed_transfer_syntax_is_refused_by_name()
    {
        var e = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(fixtures.Folder, "jpeg2000.dcm"));
        Assert.Equal(ScanImageProblem.Unsupported, e.Kind);
        Assert.Contains("JPEG 2000", e.Message, StringComparison.Ordinal);
        Assert.Contains("1.2.840.10008.1.2.4.90", e.Message, StringComparison.Ordinal);
        Assert.Equal("jpeg2000.dcm", e.File);
    }
}

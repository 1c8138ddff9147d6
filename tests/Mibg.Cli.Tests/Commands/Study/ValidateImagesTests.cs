using Mibg.Imaging.Tests.Fixtures;

namespace Mibg.Cli.Tests.Commands.Study;

/// <summary>
/// <c>mibg validate STUDY --images DIR</c>: every image named in scans.image is read (fixtures by pydicom and Pillow);
/// a missing, unreadable or unsupported one is a located warning (scans.csv:row:image), never an error.
/// </summary>
public sealed class ValidateImagesTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>
{
    [Fact]
    public void Every_named_image_is_checked_and_problems_are_located_warnings()
    {
        using var folder = new StudyFolder();
        var dir = folder.CopyOfSample();
        var scans = Path.Combine(dir, "scans.csv");
        var lines = File.ReadAllLines(scans);
        string[] images = ["explicit16-2frames.dcm", "wholebody-folder", "scan.png", "scan.jpg", "implicit8-mono1.dcm", "jpeg2000.dcm", "nowhere.dcm", "../outside.dcm"];
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            cells[^1] = i <= images.Length ? images[i - 1] : "";
            lines[i] = string.Join(',', cells);
        }
        File.WriteAllLines(scans, lines);

        var run = CliRunner.Run("validate", dir, "--today", "2026-01-01", "--images", fixtures.Folder);

        Assert.Equal(0, run.ExitCode); // warnings only
        var err = run.StdErr.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Rows 2–6 (the readable ones) give nothing; row 7 names JPEG 2000; rows 8 and 9 are missing.
        Assert.Equal(3, err.Count(l => l.Contains("IMAGE_UNREADABLE", StringComparison.Ordinal)));
        Assert.Contains(err, l => l.StartsWith("scans.csv:7:image: warning IMAGE_UNREADABLE: image 'jpeg2000.dcm' cannot be shown to readers: the image is encoded as JPEG 2000", StringComparison.Ordinal));
        Assert.Contains(err, l => l.StartsWith("scans.csv:8:image: warning IMAGE_UNREADABLE: image 'nowhere.dcm' does not exist in", StringComparison.Ordinal));
        Assert.Contains(err, l => l.StartsWith("scans.csv:9:image: warning IMAGE_UNREADABLE: image '../outside.dcm' does not exist in", StringComparison.Ordinal));
        Assert.Contains("3 warnings", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_in_an_image_folder_is_named()
    {
        using var folder = new StudyFolder();
        var dir = folder.CopyOfSample();
        var images = Path.Combine(dir, "imgs");
        Directory.CreateDirectory(Path.Combine(images, "scan1"));
        var dicom = File.ReadAllBytes(Path.Combine(fixtures.Folder, "implicit8-mono1.dcm"));
        File.WriteAllBytes(Path.Combine(images, "scan1", "a.dcm"), dicom);
        File.WriteAllBytes(Path.Combine(images, "scan1", "b.dcm"), dicom[..(dicom.Length / 2)]); // truncated
        var scans = Path.Combine(dir, "scans.csv");
        var lines = File.ReadAllLines(scans);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            cells[^1] = i == 1 ? "scan1" : "";
            lines[i] = string.Join(',', cells);
        }
        File.WriteAllLines(scans, lines);

        var run = CliRunner.Run("validate", dir, "--today", "2026-01-01", "--images", images);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"scans.csv:2:image: warning IMAGE_UNREADABLE: image 'scan1' (file {Path.Combine("scan1", "b.dcm")}) cannot be shown to readers: the DICOM element (7FE0,0010) at byte", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_folder_is_refused()
    {
        var run = CliRunner.Run("validate", StudyFolder.Sample, "--images", "/no/such/folder");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--images: folder '/no/such/folder' does not exist", run.StdErr + run.StdOut, StringComparison.Ordinal);
    }
}

using Mibg.Imaging.Tests.Fixtures;

namespace Mibg.Imaging.Tests;

/// <summary><c>scans.image</c> is resolved inside the image folder only; a missing or escaping path is "missing", never read.</summary>
public sealed class ImagePathTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>
{
    [Theory]
    [InlineData("nope.dcm")]
    [InlineData("../outside.dcm")]
    [InlineData("/etc/passwd")]
    [InlineData("http://example.org/a.png")]
    [InlineData("")]
    [InlineData("a\0b")]
    public void Paths_that_do_not_lead_to_an_image_inside_the_folder_are_missing(string image)
    {
        var e = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(fixtures.Folder, image));
        Assert.Equal(ScanImageProblem.Missing, e.Kind);
        Assert.DoesNotContain(image.Length > 0 ? image : "\u0001", e.Message, StringComparison.Ordinal); // the message never echoes the path
    }

    [Fact]
    public void Symbolic_links_leading_out_of_the_folder_are_missing()
    {
        var root = Directory.CreateTempSubdirectory("mibg-root-").FullName;
        var outside = Directory.CreateTempSubdirectory("mibg-outside-").FullName;
        try
        {
            File.Copy(Path.Combine(fixtures.Folder, "implicit8-mono1.dcm"), Path.Combine(outside, "secret.dcm"));
            File.CreateSymbolicLink(Path.Combine(root, "file-link.dcm"), Path.Combine(outside, "secret.dcm"));
            Directory.CreateSymbolicLink(Path.Combine(root, "dir-link"), outside);
            foreach (var image in new[] { "file-link.dcm", "dir-link", "dir-link/secret.dcm" })
                Assert.Equal(ScanImageProblem.Missing, Assert.Throws<ScanImageException>(() => ScanImageReader.Read(root, image)).Kind);
            // Inside the folder a link is fine.
            File.Copy(Path.Combine(fixtures.Folder, "implicit8-mono1.dcm"), Path.Combine(root, "real.dcm"));
            File.CreateSymbolicLink(Path.Combine(root, "inside-link.dcm"), Path.Combine(root, "real.dcm"));
            Assert.Single(ScanImageReader.Read(root, "inside-link.dcm").Frames);
        }
        finally
        {
            Directory.Delete(root, true);
            Directory.Delete(outside, true);
        }
    }

    [Fact]
    public void A_folder_with_a_file_that_is_not_DICOM_names_that_file_for_the_admin_only()
    {
        var root = Directory.CreateTempSubdirectory("mibg-root-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "scan"));
            File.Copy(Path.Combine(fixtures.Folder, "implicit8-mono1.dcm"), Path.Combine(root, "scan", "a.dcm"));
            File.WriteAllText(Path.Combine(root, "scan", "notes.txt"), "hello");
            var e = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(root, "scan"));
            Assert.Equal(Path.Combine("scan", "notes.txt"), e.File);
            Assert.DoesNotContain("notes", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}

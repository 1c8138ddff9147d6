using Mibg.Web.Hosting;

namespace Mibg.Web.Tests.Reading;

/// <summary>The image path check: only PNG/JPEG files inside the image folder, whatever the path says.</summary>
public sealed class ScanImagesTests : IDisposable
{
    private readonly string _root;
    private readonly string _outside;

    public ScanImagesTests()
    {
        var dir = Directory.CreateTempSubdirectory("mibg-img-").FullName;
        _root = Path.Combine(dir, "images");
        _outside = Path.Combine(dir, "secret");
        Directory.CreateDirectory(Path.Combine(_root, "p1"));
        Directory.CreateDirectory(_outside);
        File.WriteAllBytes(Path.Combine(_root, "p1", "a.png"), [1]);
        File.WriteAllBytes(Path.Combine(_root, "p1", "b.JPG"), [1]);
        File.WriteAllText(Path.Combine(_root, "p1", "notes.txt"), "x");
        File.WriteAllBytes(Path.Combine(_outside, "c.png"), [1]);
        File.CreateSymbolicLink(Path.Combine(_root, "p1", "link.png"), Path.Combine(_outside, "c.png"));
        Directory.CreateDirectory(_root + "-evil");
        File.WriteAllBytes(Path.Combine(_root + "-evil", "d.png"), [1]);
    }

    [Theory]
    [InlineData("p1/a.png", true)]
    [InlineData("p1/b.JPG", true)]
    [InlineData("./p1/../p1/a.png", true)]
    [InlineData("p1/notes.txt", false)]          // not an image type
    [InlineData("p1/missing.png", false)]
    [InlineData("../secret/c.png", false)]       // climbs out
    [InlineData("p1/link.png", false)]           // a symbolic link leading out
    [InlineData("../images-evil/d.png", false)]  // a sibling folder whose name starts like the root
    [InlineData("http://example.org/a.png", false)]
    [InlineData("p1/a.png\0.txt", false)]
    public void Only_images_inside_the_folder_resolve(string image, bool served)
    {
        var resolved = ScanImages.Resolve(_root, image);
        Assert.Equal(served, resolved is not null);
        if (resolved is not null) Assert.StartsWith(_root + Path.DirectorySeparatorChar, resolved);
    }

    [Fact]
    public void An_absolute_path_is_served_only_when_it_lies_inside_the_folder()
    {
        Assert.NotNull(ScanImages.Resolve(_root, Path.Combine(_root, "p1", "a.png")));
        Assert.Null(ScanImages.Resolve(_root, Path.Combine(_outside, "c.png")));
        Assert.Null(ScanImages.Resolve(_root, "/etc/passwd"));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);
}

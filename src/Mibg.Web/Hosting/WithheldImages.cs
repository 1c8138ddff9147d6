namespace Mibg.Web.Hosting;

/// <summary>
/// Images an admin has withheld from readers and adjudicators, typically because their pixels carry burned-in text
/// (a name, a hospital number, a date) that no software can reliably remove: the file <see cref="FileName"/> in the
/// image folder lists them, one <c>scans.image</c> value a line (<c>#</c> starts a comment). A withheld image is
/// never decoded nor served; the reader is told it is withheld. Read at every request, so a change applies at once.
/// </summary>
public static class WithheldImages
{
    /// <summary>The list's file name, inside the image folder.</summary>
    public const string FileName = "withheld-images.txt";

    /// <summary>Whether <paramref name="image"/> (as written in <c>scans.image</c>) is withheld.</summary>
    public static bool Contains(string root, string image)
    {
        var list = Path.Combine(root, FileName);
        if (!File.Exists(list)) return false;
        var wanted = Normalise(image);
        return File.ReadLines(list)
            .Select(l => l.Split('#', 2)[0].Trim())
            .Any(l => l.Length > 0 && Normalise(l) == wanted);
    }

    private static string Normalise(string image) => image.Trim().Replace('\\', '/').TrimEnd('/');
}

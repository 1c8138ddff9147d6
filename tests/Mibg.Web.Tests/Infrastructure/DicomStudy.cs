using Mibg.Core.Study;
using Mibg.Imaging.Tests.Fixtures;

namespace Mibg.Web.Tests.Infrastructure;

/// <summary>
/// The demo study with its scans' images replaced by the fixtures pydicom and Pillow write at test time (one of each
/// source kind, and an unsupported transfer syntax), copied into the server's image folder under <c>dicom/</c>.
/// </summary>
public static class DicomStudy
{
    /// <summary>Scan → image (inside the image folder).</summary>
    public static readonly IReadOnlyDictionary<string, string> Images = new Dictionary<string, string>
    {
        ["S1"] = "dicom/explicit16-2frames.dcm",   // explicit VR, 16-bit, anterior + posterior frames
        ["S2"] = "dicom/wholebody-folder",         // a folder: posterior file, anterior file
        ["S3"] = "dicom/jpeg2000.dcm",             // unsupported: JPEG 2000
        ["S4"] = "dicom/implicit8-mono1.dcm",      // implicit VR, 8-bit, MONOCHROME1, one frame
        ["S5"] = "dicom/scan.png",
        [DemoStudy.OddScanId] = "dicom/scan.jpg",
        ["X001"] = "dicom/implicit16-signed.dcm",  // implicit VR, signed, two frames without views
    };

    public static StudyData Create() =>
        DemoStudy.Create(extraScans: 1) is var study
            ? study with { Scans = study.Scans.Select(s => Images.TryGetValue(s.ScanId, out var image) ? s with { Image = image } : s).ToList() }
            : throw new InvalidOperationException();

    /// <summary>A server on <see cref="Create"/> with the fixtures in its image folder.</summary>
    public static async Task<WorkstationServer> StartAsync(ImageFixtures fixtures)
    {
        var server = await WorkstationServer.StartAsync(study: Create());
        CopyFolder(fixtures.Folder, Path.Combine(server.Folder, "images", "dicom"));
        return server;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyFolder(d, Path.Combine(to, Path.GetFileName(d)));
    }
}

using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Hosting;

/// <summary>
/// Serves a scan's image (<c>GET /scans/{id}/image</c>) to an account allowed to see the scan, only when
/// <c>scans.image</c> names a PNG or JPEG file inside the image folder (no <c>..</c>, no absolute path or
/// symbolic link leading out of it).
/// </summary>
public static class ScanImages
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    /// <summary>The file an image path resolves to inside <paramref name="root"/>; null when it leads outside or is not a PNG/JPEG.</summary>
    public static string? Resolve(string root, string image)
    {
        if (image.Contains('\0') || image.Contains("://", StringComparison.Ordinal)) return null;
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(rootFull, image));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        if (!Inside(rootFull, full) || !Types.ContainsKey(Path.GetExtension(full)) || !File.Exists(full)) return null;
        // A symbolic link inside the folder may point outside it: check where it really leads.
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        return Inside(rootFull, Path.GetFullPath(target)) ? full : null;
    }

    private static bool Inside(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Maps <c>GET /scans/{id}/image</c>.</summary>
    public static void MapScanImages(this IEndpointRouteBuilder app) =>
        app.MapGet("/scans/{id}/image", async (string id, HttpContext http, ReadingRoom room, WorkstationSettings settings) =>
        {
            var path = await room.ImagePathAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, http.RequestAborted);
            if (!path.Succeeded) return ApiEndpoints.ToResult(path);
            var file = Resolve(settings.ImageRoot, path.Value!);
            return file is null
                ? ApiProblem.NotFound($"the image of scan {id} is not a PNG or JPEG file inside the image folder")
                : Results.File(file, Types[Path.GetExtension(file)]);
        }).RequireAuthorization(Policies.ScanViewers);
}

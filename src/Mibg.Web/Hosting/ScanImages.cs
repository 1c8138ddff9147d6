using System.Globalization;
using Mibg.Imaging;
using Mibg.Imaging.Rendering;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Hosting;

/// <summary>
/// The scan-image API of the reading room (src/Mibg.Web/README.md, "Scan images"), for an account allowed to see the
/// scan: <c>GET /scans/{id}/image[?frame=N]</c> (a PNG of frame N, from 1), <c>GET /scans/{id}/image/frames</c> (the
/// frame list) and <c>GET /scans/{id}/image/pixels?frame=N</c> (the frame's values for client-side windowing).
/// Nothing read from an image file reaches the client but pixel values, sizes, views and the recorded window: no
/// DICOM identifier, no PNG text or JPEG EXIF, no file name (docs/architecture.md, "DICOM").
/// </summary>
public static class ScanImages
{
    private static readonly string[] FrameOnly = ["frame"];

    /// <summary>Maps the three endpoints.</summary>
    public static void MapScanImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/scans/{id}/image", (string id, HttpContext http, ReadingRoom room, WorkstationSettings settings) =>
            WithFrameAsync(id, http, room, settings, (image, number) =>
                Results.File(FrameRenderer.Png(image.Frames[number - 1]), "image/png")))
            .RequireAuthorization(Policies.ScanViewers);

        app.MapGet("/scans/{id}/image/frames", async (string id, HttpContext http, ReadingRoom room, WorkstationSettings settings) =>
        {
            if (Unknown(http.Request, []) is { } refused) return refused;
            var (image, error) = await ImageAsync(id, http, room, settings);
            if (error is not null) return error;
            return Results.Json(new
            {
                source = Snake(image!.Source.ToString()),
                frames = image.Frames.Select((f, i) => new
                {
                    frame = i + 1,
                    view = f.View.ToString().ToLowerInvariant(),
                    view_assumed = f.ViewAssumed,
                    width = f.Width,
                    height = f.Height,
                    min = f.Min,
                    max = f.Max,
                    monochrome1 = f.InvertedGrey,
                    window = FrameRenderer.DefaultWindow(f) is var (c, w) ? new { center = c, width = w } : null,
                    window_recorded = f.Window is not null,
                }),
            });
        }).RequireAuthorization(Policies.ScanViewers);

        app.MapGet("/scans/{id}/image/pixels", (string id, HttpContext http, ReadingRoom room, WorkstationSettings settings) =>
            WithFrameAsync(id, http, room, settings, (image, number) =>
            {
                var values = image.Frames[number - 1].Values;
                var bytes = new byte[values.Length * sizeof(float)];
                Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length); // little endian on every platform .NET runs on here
                return Results.Bytes(bytes, "application/octet-stream");
            }))
            .RequireAuthorization(Policies.ScanViewers);
    }

    /// <summary>
    /// The one place where the id in the URL (the scan as the reader sees it) becomes the image recorded for the scan,
    /// after the reading room has checked that this account may see the scan.
    /// </summary>
    private static async Task<RoomResult<string>> ImagePathAsync(string id, HttpContext http, ReadingRoom room) =>
        await room.ImagePathAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, http.RequestAborted);

    private static async Task<(ScanImage? Image, IResult? Error)> ImageAsync(string id, HttpContext http, ReadingRoom room, WorkstationSettings settings)
    {
        var path = await ImagePathAsync(id, http, room);
        if (!path.Succeeded) return (null, ApiEndpoints.ToResult(path));
        if (WithheldImages.Contains(settings.ImageRoot, path.Value!))
            return (null, ApiProblem.NotFound("the image of this scan is withheld by the study's administrator (it may show burned-in identifying text); score it from the study's instructions"));
        try
        {
            return (ScanImageCache.Read(settings.ImageRoot, path.Value!), null);
        }
        catch (ScanImageException e)
        {
            // e.Message is safe for a reader (no file name, no value from the file but technical ones); e.File is not sent.
            var status = e.Kind == ScanImageProblem.Missing ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity;
            return (null, ApiProblem.Status(status, $"the image of this scan cannot be shown: {e.Message}"));
        }
    }

    private static async Task<IResult> WithFrameAsync(string id, HttpContext http, ReadingRoom room, WorkstationSettings settings, Func<ScanImage, int, IResult> answer)
    {
        if (Unknown(http.Request, FrameOnly) is { } refused) return refused;
        var raw = http.Request.Query["frame"];
        var number = 1;
        if (raw.Count > 1 || (raw.Count == 1 && !int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out number)))
            return ApiProblem.BadRequest("frame must be one whole number, counted from 1");
        var (image, error) = await ImageAsync(id, http, room, settings);
        if (image is null) return error!;
        if (number < 1 || number > image.Frames.Count)
            return ApiProblem.BadRequest($"frame {number} does not exist: this image has frames 1 to {image.Frames.Count}");
        return answer(image, number);
    }

    private static IResult? Unknown(HttpRequest request, string[] allowed) =>
        request.Query.Keys.FirstOrDefault(k => !allowed.Contains(k, StringComparer.Ordinal)) is { } unknown
            ? ApiProblem.BadRequest($"unknown query parameter '{Shorten(unknown)}'; this call takes {(allowed.Length == 0 ? "none" : string.Join(", ", allowed))}")
            : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mibg.Storage.Workstation;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web;

/// <summary>
/// The JSON API (issue 6). Cookie sessions as for the pages; state-changing calls with a session also need
/// <c>X-Requested-With: mibg</c> and a JSON body (<see cref="ApiRequestGuard"/>). Errors are
/// <c>{"error": "…"}</c> (or <c>{"errors": […]}</c> for a read with several problems).
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Turns a failed reading-room result into its HTTP response.</summary>
    public static IResult ToResult<T>(RoomResult<T> r) => r.Status switch
    {
        RoomStatus.Ok => Results.Ok(r.Value),
        RoomStatus.Created => Results.Json(r.Value, statusCode: StatusCodes.Status201Created),
        RoomStatus.Invalid => Results.Json(new { error = r.Errors[0], errors = r.Errors }, statusCode: StatusCodes.Status400BadRequest),
        RoomStatus.Forbidden => ApiProblem.Forbidden(r.Errors[0]),
        RoomStatus.NotFound => ApiProblem.NotFound(r.Errors[0]),
        RoomStatus.Conflict => ApiProblem.Conflict(r.Errors[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    private static async Task<(JsonElement? Body, IResult? Error)> ReadJsonAsync(HttpRequest request)
    {
        try
        {
            // A field given twice is refused, not "last one wins" (review A6).
            using var doc = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 8, AllowDuplicateProperties = false }, request.HttpContext.RequestAborted);
            return (doc.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblem.BadRequest($"malformed JSON: {e.Message}"));
        }
    }

    private static async Task<(ReadInput? Input, IResult? Error)> ReadInputAsync(HttpRequest request, bool reasonRequired)
    {
        var (body, error) = await ReadJsonAsync(request);
        if (error is not null) return (null, error);
        var (input, problems) = ReadInputParser.Check(ReadInputParser.FromJson(body!.Value), reasonRequired);
        return input is null
            ? (null, Results.Json(new { error = problems[0], errors = problems }, statusCode: StatusCodes.Status400BadRequest))
            : (input, null);
    }

    /// <summary>Maps every <c>/api</c> endpoint.</summary>
    public static void MapWorkstationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiRequestGuard>();

        app.MapPost("/api/login", async (HttpContext http, LoginService login) =>
        {
            // Login CSRF: a page on another site can post text/plain or a form without a preflight, and would sign
            // the victim's browser into the attacker's account. Only application/json (which needs a preflight,
            // never granted) is taken.
            if (!ApiRequestGuard.IsJson(http.Request))
                return ApiProblem.Status(StatusCodes.Status415UnsupportedMediaType, "send the login as JSON (Content-Type: application/json)");
            var (body, error) = await ReadJsonAsync(http.Request);
            if (error is not null) return error;
            if (body!.Value.ValueKind != JsonValueKind.Object)
                return ApiProblem.BadRequest("the body must be a JSON object {\"username\": …, \"password\": …}");
            string? Field(string name) =>
                body.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var (username, password) = (Field("username"), Field("password"));
            if (username is null || password is null)
                return ApiProblem.BadRequest("give username and password as text: {\"username\": …, \"password\": …}");
            var result = await login.LoginAsync(username, password, http.RequestAborted);
            if (result.User is null) return ApiProblem.Status(StatusCodes.Status401Unauthorized, result.Refusal!);
            await ServerSessions.SignInAsync(http, result.User);
            return Results.Ok(new { username = result.User.Name, role = result.User.Role.Code() });
        }).AllowAnonymous();

        api.MapPost("/logout", async (HttpContext http) =>
        {
            await ServerSessions.SignOutAsync(http);
            return Results.Ok(new { signed_out = true });
        }).RequireAuthorization();

        api.MapGet("/worklist", async (HttpContext http, ReadingRoom room) =>
            ToResult(await room.WorklistAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), http.RequestAborted)))
            .RequireAuthorization(Policies.ScanViewers);

        api.MapGet("/scans/{id}/reads", async (string id, HttpContext http, ReadingRoom room) =>
            ToResult(await room.ReadsAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, http.RequestAborted)))
            .RequireAuthorization(Policies.ScanViewers);

        api.MapPost("/scans/{id}/reads", async (string id, HttpContext http, ReadingRoom room) =>
        {
            var (input, error) = await ReadInputAsync(http.Request, reasonRequired: false);
            if (error is not null) return error;
            return ToResult(await room.SubmitAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, input!, http.RequestAborted));
        }).RequireAuthorization(Policies.Readers);

        api.MapPut("/scans/{id}/reads", async (string id, HttpContext http, ReadingRoom room) =>
        {
            var (input, error) = await ReadInputAsync(http.Request, reasonRequired: true);
            if (error is not null) return error;
            return ToResult(await room.AmendAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, input!, http.RequestAborted));
        }).RequireAuthorization(Policies.Readers);

        api.MapPost("/scans/{id}/reads/final", async (string id, HttpContext http, ReadingRoom room) =>
        {
            // {"version": n} (optional: the version the reader saw; 409 when the draft moved on since).
            var (body, error) = await ReadJsonAsync(http.Request);
            if (error is not null) return error;
            int? version = null;
            if (body!.Value.ValueKind != JsonValueKind.Object)
                return ApiProblem.BadRequest("the body must be a JSON object: {} or {\"version\": n}");
            foreach (var p in body.Value.EnumerateObject())
            {
                if (p.Name != "version") return ApiProblem.BadRequest($"{p.Name}: unknown field; the only field is version");
                if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetInt32(out var v) || v < 1)
                    return ApiProblem.BadRequest("version: must be a whole number ≥ 1 (the version of your draft)");
                version = v;
            }
            return ToResult(await room.FinaliseAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, version, http.RequestAborted));
        }).RequireAuthorization(Policies.Readers);

        api.MapPost("/scans/{id}/consensus", async (string id, HttpContext http, ReadingRoom room) =>
        {
            var (input, error) = await ReadInputAsync(http.Request, reasonRequired: true);
            if (error is not null) return error;
            return ToResult(await room.RecordConsensusAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, input!, http.RequestAborted));
        }).RequireAuthorization(Policies.Adjudicators);

        api.MapPost("/scans/{id}/consensus/agreed", async (string id, HttpContext http, ReadingRoom room) =>
        {
            var (body, error) = await ReadJsonAsync(http.Request);
            if (error is not null) return error;
            var (basedOn, problems) = ReadInputParser.CheckBasedOn(ReadInputParser.FromJson(body!.Value));
            if (problems.Count > 0) return Results.Json(new { error = problems[0], errors = problems }, statusCode: StatusCodes.Status400BadRequest);
            return ToResult(await room.AcceptAgreedAsync(WorkstationPrincipal.NameOf(http.User), WorkstationPrincipal.RoleOf(http.User), id, basedOn, http.RequestAborted));
        }).RequireAuthorization(Policies.Adjudicators);

        api.MapGet("/discrepancies", async (HttpContext http, ReadingRoom room) =>
            Results.Ok(await room.DiscrepanciesAsync(WorkstationPrincipal.NameOf(http.User), http.RequestAborted)))
            .RequireAuthorization(Policies.Adjudicators);

        api.MapGet("/audit", async (HttpContext http, IWorkstationStore store) =>
        {
            var entries = await store.ReadAuditAsync(http.RequestAborted);
            var problems = (await store.VerifyAuditAsync(http.RequestAborted)).Problems;
            return Results.Ok(new { intact = problems.Count == 0, problems, entries });
        }).RequireAuthorization(Policies.Admins);

        api.MapPut("/scans/{id}/assignment", async (HttpContext http, ReadingRoom room) =>
        {
            // The study's own scan id (admins see those): taken from the raw path, so any id works, '/' included.
            var id = StudyScanIdRoute.From(http, "/api/scans/", "/assignment");
            if (id is null) return ApiProblem.BadRequest("give the scan id URL-encoded: PUT /api/scans/{id}/assignment");
            var (body, error) = await ReadJsonAsync(http.Request);
            if (error is not null) return error;
            if (body!.Value.ValueKind != JsonValueKind.Object || !body.Value.TryGetProperty("readers", out var list) || list.ValueKind != JsonValueKind.Array
                || list.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
                return ApiProblem.BadRequest("give the readers as {\"readers\": [\"R1\", \"R2\"]} (an empty list restores: every reader)");
            var readers = list.EnumerateArray().Select(x => x.GetString()!).ToArray();
            if (readers.Distinct(StringComparer.Ordinal).Count() != readers.Length)
                return ApiProblem.BadRequest("readers: a reader is named twice; name each once");
            var result = await room.AssignAsync(WorkstationPrincipal.NameOf(http.User), id, readers, http.RequestAborted);
            return result.Succeeded ? Results.Ok(new { scan_id = id, readers }) : ToResult(result);
        }).RequireAuthorization(Policies.Admins);
    }
}

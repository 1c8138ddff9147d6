namespace Mibg.Web.Security;

/// <summary>The one error shape of the JSON API: <c>{"error": "…"}</c> with a message naming the problem and the fix.</summary>
public static class ApiProblem
{
    /// <summary>An error response with <paramref name="status"/>.</summary>
    public static IResult Status(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    /// <summary>400.</summary>
    public static IResult BadRequest(string message) => Status(StatusCodes.Status400BadRequest, message);

    /// <summary>403.</summary>
    public static IResult Forbidden(string message) => Status(StatusCodes.Status403Forbidden, message);

    /// <summary>404.</summary>
    public static IResult NotFound(string message) => Status(StatusCodes.Status404NotFound, message);

    /// <summary>409.</summary>
    public static IResult Conflict(string message) => Status(StatusCodes.Status409Conflict, message);
}

namespace Mibg.Web.Security;

/// <summary>
/// CSRF protection of the JSON API. Every state-changing API call made with a session cookie must carry
/// the header <c>X-Requested-With: mibg</c> and a JSON body: a page on another site can send neither
/// without a CORS preflight, which this server never grants. (The session cookie is also SameSite=Strict.)
/// </summary>
public sealed class ApiRequestGuard : IEndpointFilter
{
    /// <summary>The header a client must send.</summary>
    public const string HeaderName = "X-Requested-With";

    /// <summary>Its value.</summary>
    public const string HeaderValue = "mibg";

    /// <summary>Whether the request's body is declared as JSON (<c>application/json</c>, any parameters).</summary>
    public static bool IsJson(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            if (request.Headers[HeaderName] != HeaderValue)
                return ApiProblem.BadRequest($"missing header {HeaderName}: {HeaderValue} (protection against cross-site requests)");
            if (!IsJson(request))
                return ApiProblem.Status(StatusCodes.Status415UnsupportedMediaType, "send the body as JSON (Content-Type: application/json)");
        }
        return await next(context);
    }
}

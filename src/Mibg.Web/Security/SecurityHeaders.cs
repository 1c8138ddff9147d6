namespace Mibg.Web.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy without inline scripts or styles, no framing,
/// no MIME sniffing, no referrer, and no caching of pages that hold study data.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every page.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Adds the headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = ContentSecurityPolicy;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "no-referrer";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                h["Cross-Origin-Resource-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/assets"))
                    h.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next();
        });
}

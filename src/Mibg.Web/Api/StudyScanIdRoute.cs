using Microsoft.AspNetCore.Http.Features;

namespace Mibg.Web;

/// <summary>
/// A study scan id taken from the request's raw path and decoded exactly once. Routing leaves an encoded
/// <c>/</c> (<c>%2F</c>) encoded in route values while decoding everything else, so a route value cannot tell
/// <c>a%2Fb</c> typed as data from <c>a/b</c>; the raw path can. Used by the admin's endpoints, which name scans
/// by the study's ids (readers and adjudicators use codes, which are plain letters and digits).
/// </summary>
public static class StudyScanIdRoute
{
    /// <summary>The decoded segment between <paramref name="prefix"/> and <paramref name="suffix"/> of the raw path; null when the path has another shape.</summary>
    public static string? From(HttpContext http, string prefix, string suffix)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) raw = raw[..query];
        if (!raw.StartsWith(prefix, StringComparison.Ordinal) || !raw.EndsWith(suffix, StringComparison.Ordinal) || raw.Length <= prefix.Length + suffix.Length)
            return null;
        var encoded = raw[prefix.Length..^suffix.Length];
        if (encoded.Contains('/', StringComparison.Ordinal)) return null; // a '/' in an id must come encoded
        try
        {
            return Uri.UnescapeDataString(encoded);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}

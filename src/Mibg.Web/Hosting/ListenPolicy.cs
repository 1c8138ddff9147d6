using System.Net;

namespace Mibg.Web.Hosting;

/// <summary>
/// Where the workstation may listen (docs/security.md, "Transport"): plain HTTP only on loopback addresses, where
/// nothing crosses a network; any other address needs <c>https://</c>, unless the operator says explicitly that a
/// TLS-terminating proxy sits in front (<c>mibg serve --allow-plain-http</c>). Passwords and session cookies would
/// otherwise cross the network readable by anyone on it.
/// </summary>
public static class ListenPolicy
{
    /// <summary>The configuration key (and <c>mibg serve</c> flag) that allows plain HTTP beyond loopback.</summary>
    public const string AllowPlainHttpKey = "allow-plain-http";

    /// <summary>Whether <paramref name="url"/> (one entry of <c>--urls</c>) is plain HTTP on a loopback address.</summary>
    public static bool IsLoopbackHttp(string url)
    {
        if (!TryParse(url, out var scheme, out var host) || scheme != "http") return false;
        return host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>
    /// Why <paramref name="urls"/> may not be served; null when they may. Each entry must be <c>https://</c>, or plain
    /// HTTP on loopback, or plain HTTP with <paramref name="allowPlainHttp"/>.
    /// </summary>
    public static string? ProblemWith(string urls, bool allowPlainHttp)
    {
        foreach (var url in Split(urls))
        {
            if (!TryParse(url, out var scheme, out _))
                return $"--urls: '{url}' is not an address like http://127.0.0.1:5080 or https://0.0.0.0:8443";
            if (scheme == "https" || IsLoopbackHttp(url) || allowPlainHttp) continue;
            return $"--urls: '{url}' would serve passwords and session cookies over plain HTTP beyond this machine; " +
                   "use https:// (with a certificate, see docs/security.md) or, behind a TLS-terminating proxy only, add --allow-plain-http";
        }
        return null;
    }

    /// <summary>Whether every entry of <paramref name="urls"/> is plain HTTP on loopback (the only case where the session cookie may lack <c>Secure</c>).</summary>
    public static bool LoopbackHttpOnly(string urls) => Split(urls).All(IsLoopbackHttp);

    /// <summary>
    /// The <c>Host</c> headers the server answers (review A4, DNS rebinding): for <paramref name="urls"/> that are all
    /// plain HTTP on loopback, only loopback names (<c>127.0.0.1</c>, <c>localhost</c>, <c>[::1]</c>), so a page of
    /// another site whose name was rebound to 127.0.0.1 is refused (400) before reaching the login; beyond loopback the
    /// hosts named in the URLs, or every host when a URL names a wildcard (0.0.0.0, *, +, [::]) — the TLS certificate's
    /// name then does that job.
    /// </summary>
    public static IReadOnlyList<string> AllowedHosts(string urls)
    {
        if (LoopbackHttpOnly(urls))
            return ["127.0.0.1", "localhost", "[::1]", .. Split(urls).Select(u => TryParse(u, out _, out var h) ? h : "").Where(h => h.Length > 0)];
        var hosts = new List<string>();
        foreach (var url in Split(urls))
        {
            if (!TryParse(url, out _, out var host) || host is "*" or "+" or "0.0.0.0" or "[::]") return ["*"];
            hosts.Add(host);
        }
        return hosts;
    }

    private static IEnumerable<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryParse(string url, out string scheme, out string host)
    {
        scheme = host = "";
        var sep = url.IndexOf("://", StringComparison.Ordinal);
        if (sep <= 0) return false;
        scheme = url[..sep].ToLowerInvariant();
        var rest = url[(sep + 3)..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        if (end >= 0) rest = rest[..end];
        // Kestrel's wildcards (*, +, 0.0.0.0, [::]) count as "beyond loopback".
        var colon = rest.StartsWith('[') ? rest.IndexOf("]:", StringComparison.Ordinal) + 1 : rest.LastIndexOf(':');
        host = (colon > 0 ? rest[..colon] : rest).ToLowerInvariant();
        return scheme is "http" or "https" && host.Length > 0;
    }
}

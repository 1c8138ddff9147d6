using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Security;

/// <summary>
/// Server-side sessions (docs/security.md, "Accounts and sessions"). The session cookie carries, besides the name and
/// role, a session token whose SHA-256 the store keeps; every request checks it there. So logout revokes the
/// session for every copy of the cookie, a disabled account or a reset password ends its sessions at once, and a
/// session ends <see cref="AbsoluteLifetime"/> after login whatever the activity (the cookie does not slide).
/// </summary>
public static class ServerSessions
{
    /// <summary>The claim holding the session token.</summary>
    public const string TokenClaim = "mibg:session";

    /// <summary>A session ends this long after login, used or not.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(8);

    /// <summary>A session unused this long ends (a reader away from the workstation).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(60);

    /// <summary>Starts a session for <paramref name="user"/> and signs the browser in with it.</summary>
    public static async Task SignInAsync(HttpContext http, WorkstationUser user)
    {
        var store = http.RequestServices.GetRequiredService<IWorkstationStore>();
        var token = await store.CreateSessionAsync(user.Name, AbsoluteLifetime, http.RequestAborted);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WorkstationPrincipal.Create(user, token),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = false });
    }

    /// <summary>Revokes the session of the signed-in browser (audited as <c>logout</c>) and clears its cookie.</summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(TokenClaim) is { } token)
        {
            var store = http.RequestServices.GetRequiredService<IWorkstationStore>();
            await store.RevokeSessionAsync(token, http.User.Identity?.Name ?? "", http.RequestAborted);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Cookie event: rejects a cookie whose session the store no longer knows as live.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var token = context.Principal?.FindFirstValue(TokenClaim);
        var store = context.HttpContext.RequestServices.GetRequiredService<IWorkstationStore>();
        var session = token is null ? null : await store.TouchSessionAsync(token, IdleTimeout, context.HttpContext.RequestAborted);
        if (session is null || session.Account != context.Principal!.Identity?.Name)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}

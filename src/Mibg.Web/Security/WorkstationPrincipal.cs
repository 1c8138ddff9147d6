using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Security;

/// <summary>The signed-in account as cookie claims: its name (= reader code for a reader) and role.</summary>
public static class WorkstationPrincipal
{
    /// <summary>Builds the principal stored in the session cookie, with its server-side session token.</summary>
    public static ClaimsPrincipal Create(WorkstationUser user, string sessionToken) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role.Code()), new Claim(ServerSessions.TokenClaim, sessionToken)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The account name of a signed-in principal.</summary>
    public static string NameOf(ClaimsPrincipal principal) =>
        principal.Identity?.Name ?? throw new InvalidOperationException("not signed in");

    /// <summary>The role of a signed-in principal.</summary>
    public static WorkstationRole RoleOf(ClaimsPrincipal principal) =>
        WorkstationRoles.Parse(principal.FindFirstValue(ClaimTypes.Role) ?? "") ?? throw new InvalidOperationException("no role claim");
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>Sends each role to its first page.</summary>
[Authorize]
public sealed class IndexModel : PageModel
{
    /// <summary>The home page of a role.</summary>
    public static string HomeOf(WorkstationRole role) => role switch
    {
        WorkstationRole.Reader => "/worklist",
        WorkstationRole.Adjudicator => "/adjudication",
        WorkstationRole.Analyst => "/agreement",
        _ => "/audit",
    };

    public IActionResult OnGet() => Redirect(HomeOf(WorkstationPrincipal.RoleOf(User)));
}

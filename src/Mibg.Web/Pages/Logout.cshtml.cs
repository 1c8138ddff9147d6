using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mibg.Web.Pages;

/// <summary>Signs out (POST only, antiforgery-protected).</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await Mibg.Web.Security.ServerSessions.SignOutAsync(HttpContext);
        return Redirect("/login");
    }
}

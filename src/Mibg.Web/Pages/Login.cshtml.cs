using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>The sign-in form (antiforgery-protected, lockout after repeated failures).</summary>
public sealed class LoginModel(LoginService login) : PageModel
{
    public string? Error { get; private set; }
    public string? Username { get; private set; }
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        var result = await login.LoginAsync(username, password, HttpContext.RequestAborted);
        if (result.User is null)
        {
            Error = result.Refusal;
            Username = username;
            ReturnUrl = returnUrl;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await ServerSessions.SignInAsync(HttpContext, result.User);
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : IndexModel.HomeOf(result.User.Role));
    }
}

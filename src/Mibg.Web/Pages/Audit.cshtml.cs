using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>The audit log (admins only), newest first, with the hash chain checked at every load.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class AuditModel(IWorkstationStore store) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Entries = await store.ReadAuditAsync(HttpContext.RequestAborted);
        Problems = (await store.VerifyAuditAsync(HttpContext.RequestAborted)).Problems;
    }
}

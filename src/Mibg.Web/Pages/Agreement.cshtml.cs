using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>The agreement dashboard (analysts and admins), recomputed from the reads at every load.</summary>
[Authorize(Policy = Policies.Dashboard)]
public sealed class AgreementModel(StudyAccess study) : PageModel
{
    public ReaderAgreement? Result { get; private set; }

    public async Task OnGetAsync()
    {
        var data = await study.UseAsync(s => s.LoadAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        Result = ReaderAgreement.Of(data.Reads);
    }
}

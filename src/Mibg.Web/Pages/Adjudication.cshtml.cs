using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>The adjudicator's queue: scans with every read in, the largest disagreement first.</summary>
[Authorize(Policy = Policies.Adjudicators)]
public sealed class AdjudicationModel(ReadingRoom room) : PageModel
{
    public IReadOnlyList<Discrepancy> Queue { get; private set; } = [];
    public int Waiting { get; private set; }
    public int Resolved { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        if (done is not null) Message = $"Consensus of scan {done} recorded.";
        Queue = await room.DiscrepanciesAsync(WorkstationPrincipal.NameOf(User), HttpContext.RequestAborted);
        var all = (await room.WorklistAsync(WorkstationPrincipal.NameOf(User), WorkstationPrincipal.RoleOf(User), HttpContext.RequestAborted)).Value ?? [];
        Waiting = all.Count(i => i.Status == ScanStatus.WaitingForReads);
        Resolved = all.Count(i => i.Status == ScanStatus.Resolved);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Core.TimePoints;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>A reader's scans with progress, filtered by time point and status.</summary>
[Authorize(Policy = Policies.Readers)]
public sealed class WorklistModel(ReadingRoom room, Mibg.Core.Plan.ReadingSettings reading) : PageModel
{
    public IReadOnlyList<WorklistItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int Done { get; private set; }
    public string? Timepoint { get; private set; }
    public string? Status { get; private set; }
    public bool ShowTimepoints => reading.ShowTimepointToReaders;
    public IReadOnlyList<string> TimePoints { get; } =
        TimePointCodes.All.Where(t => t != Core.TimePoints.TimePoint.Progression).Select(t => t.Code()).ToArray();

    public async Task OnGetAsync(string? timepoint, string? status)
    {
        var all = (await room.WorklistAsync(WorkstationPrincipal.NameOf(User), WorkstationPrincipal.RoleOf(User), HttpContext.RequestAborted)).Value ?? [];
        Total = all.Count;
        Done = all.Count(i => i.Status == ScanStatus.Submitted);
        Timepoint = string.IsNullOrEmpty(timepoint) ? null : timepoint;
        Status = string.IsNullOrEmpty(status) ? null : status;
        Items = all.Where(i => (Timepoint is null || i.Timepoint == Timepoint) && (Status is null || i.Status == Status)).ToArray();
    }
}

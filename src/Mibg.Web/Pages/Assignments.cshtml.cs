using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Core.Study;
using Mibg.Storage.Workstation;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>The admin sets which readers read a scan (default: every reader reads every scan).</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class AssignmentsModel(StudyAccess study, IWorkstationStore store, ReadingRoom room) : PageModel
{
    public IReadOnlyList<Scan> Scans { get; private set; } = [];
    public IReadOnlyList<string> Readers { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Assigned { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    private async Task LoadAsync()
    {
        Scans = (await study.UseAsync(s => s.LoadAsync(HttpContext.RequestAborted), HttpContext.RequestAborted)).Scans;
        Readers = (await store.ListUsersAsync(HttpContext.RequestAborted)).Where(u => u.Role == WorkstationRole.Reader).Select(u => u.Name).ToArray();
        Assigned = await store.ListAssignmentsAsync(HttpContext.RequestAborted);
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string scanId, string? readers)
    {
        var list = (readers ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await room.AssignAsync(WorkstationPrincipal.NameOf(User), scanId, list, HttpContext.RequestAborted);
        if (result.Succeeded) Message = list.Length == 0 ? $"Scan {scanId}: every reader." : $"Scan {scanId}: {string.Join(", ", list)}.";
        else
        {
            Error = result.Errors[0];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync();
        return Page();
    }
}

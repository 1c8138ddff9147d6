using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>
/// A reader scores one scan: image, body diagram, definitions, live total. "Submit final read" makes the read final
/// (it never changes again); "Save as draft" keeps it amendable until "Finalise" (docs/security.md, "Blinding").
/// </summary>
[Authorize(Policy = Policies.Readers)]
public sealed class ScoreModel(ReadingRoom room) : PageModel
{
    public ScanView? Scan { get; private set; }
    public ScoreFormView Form { get; private set; } = new(new Dictionary<string, string>(), false, new HashSet<string>());
    public bool Submitted { get; private set; }
    /// <summary>Whether the reader's read is final (false for a draft).</summary>
    public bool Final { get; private set; }
    public bool Amending { get; private set; }
    /// <summary>The version of the reader's read shown (posted back with an amendment: 409 if it changed meanwhile).</summary>
    public int? Version { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    private string Me => WorkstationPrincipal.NameOf(User);

    private async Task<IActionResult?> LoadAsync(string id, IReadOnlyDictionary<string, string>? posted)
    {
        var scan = await room.ScanAsync(Me, WorkstationPrincipal.RoleOf(User), id, HttpContext.RequestAborted);
        if (!scan.Succeeded) return NotFound();
        Scan = scan.Value;
        var mine = (await room.ReadsAsync(Me, WorkstationPrincipal.RoleOf(User), id, HttpContext.RequestAborted)).Value ?? [];
        Submitted = mine.Count > 0;
        Version = Submitted ? mine[0].Version : null;
        Final = Submitted && mine[0].Final;
        Amending &= Submitted && !Final;
        var values = posted ?? (Submitted ? ReadForm.Values(mine[0]) : new Dictionary<string, string>());
        Form = new ScoreFormView(values, Submitted && !Amending, new HashSet<string>());
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string id, string? done, string? amend)
    {
        if (done is not null) Message = $"Read of scan {done} submitted.";
        Amending = amend == "1";
        return await LoadAsync(id, null) ?? Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string id)
    {
        var (input, problems) = ReadInputParser.Check(ReadForm.From(Request.Form), reasonRequired: false);
        if (input is null) return await ShowErrorsAsync(id, problems);
        var result = await room.SubmitAsync(Me, WorkstationPrincipal.RoleOf(User), id, input, HttpContext.RequestAborted);
        if (!result.Succeeded) return await ShowErrorsAsync(id, result.Errors);
        // On to the next scan to read, or back to the worklist when none is left.
        var next = (await room.WorklistAsync(Me, WorkstationPrincipal.RoleOf(User), HttpContext.RequestAborted)).Value!
            .FirstOrDefault(i => i.Status == ScanStatus.ToRead);
        return next is null
            ? Redirect("/worklist?done=" + Uri.EscapeDataString(id))
            : Redirect($"/score/{Uri.EscapeDataString(next.ScanId)}?done={Uri.EscapeDataString(id)}");
    }

    public async Task<IActionResult> OnPostAmendAsync(string id)
    {
        Amending = true;
        var (input, problems) = ReadInputParser.Check(ReadForm.From(Request.Form), reasonRequired: true);
        if (input is null) return await ShowErrorsAsync(id, problems);
        var result = await room.AmendAsync(Me, WorkstationPrincipal.RoleOf(User), id, input, HttpContext.RequestAborted);
        if (!result.Succeeded) return await ShowErrorsAsync(id, result.Errors);
        Amending = false;
        Message = "Amendment saved.";
        return await LoadAsync(id, null) ?? Page();
    }

    public async Task<IActionResult> OnPostFinaliseAsync(string id)
    {
        int? version = int.TryParse(Request.Form["version"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
        var result = await room.FinaliseAsync(Me, WorkstationPrincipal.RoleOf(User), id, version, HttpContext.RequestAborted);
        if (!result.Succeeded) return await ShowErrorsAsync(id, result.Errors);
        Message = "Read finalised: it goes to adjudication and no longer changes.";
        return await LoadAsync(id, null) ?? Page();
    }

    private async Task<IActionResult> ShowErrorsAsync(string id, IReadOnlyList<string> errors)
    {
        var problem = await LoadAsync(id, ReadForm.Values(Request.Form));
        if (problem is not null) return problem;
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

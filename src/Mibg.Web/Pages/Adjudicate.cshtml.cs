using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mibg.Core.Study;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web.Pages;

/// <summary>The adjudicator compares the reads of one scan and records the consensus with a reason.</summary>
[Authorize(Policy = Policies.Adjudicators)]
public sealed class AdjudicateModel(ReadingRoom room) : PageModel
{
    public ScanView? Scan { get; private set; }
    public IReadOnlyList<ReadView> Reads { get; private set; } = [];
    public ReadView? Consensus { get; private set; }
    public IReadOnlySet<string> Differing { get; private set; } = new HashSet<string>();
    public ScoreFormView Form { get; private set; } = new(new Dictionary<string, string>(), false, new HashSet<string>());
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Reason { get; private set; }
    /// <summary>The readers agree exactly: one keystroke records the consensus.</summary>
    public bool Identical { get; private set; }
    /// <summary>The adjudicator chose to score an agreed scan segment by segment.</summary>
    public bool Manual { get; private set; }

    private string Me => WorkstationPrincipal.NameOf(User);

    private async Task<IActionResult?> LoadAsync(string id, IReadOnlyDictionary<string, string>? posted)
    {
        var role = WorkstationPrincipal.RoleOf(User);
        var scan = await room.ScanAsync(Me, role, id, HttpContext.RequestAborted);
        if (!scan.Succeeded) return NotFound();
        Scan = scan.Value;
        var reads = await room.ReadsAsync(Me, role, id, HttpContext.RequestAborted);
        if (!reads.Succeeded)
        {
            Errors = reads.Errors;
            return null;
        }
        Reads = reads.Value!.Where(r => r.Reader != Read.ConsensusReader).ToArray();
        Consensus = reads.Value!.FirstOrDefault(r => r.Reader == Read.ConsensusReader);
        Identical = Reads.Count > 0 && Reads.All(r => r.Siopen.SequenceEqual(Reads[0].Siopen) && r.SoftTissue == Reads[0].SoftTissue
            && (r.Curie ?? new Dictionary<string, int>()).SequenceEqual(Reads[0].Curie ?? new Dictionary<string, int>()));
        Differing = Reads.Count == 0 ? new HashSet<string>()
            : Mibg.Core.Scoring.SiopenSegments.All.Where(s => Reads.Select(r => r.Siopen[s.Code]).Distinct().Count() > 1).Select(s => s.Code).ToHashSet();
        var agreed = new Dictionary<string, string>();
        foreach (var s in Mibg.Core.Scoring.SiopenSegments.All.Where(s => !Differing.Contains(s.Code) && Reads.Count > 0))
            agreed[s.Column] = Reads[0].Siopen[s.Code].ToString(System.Globalization.CultureInfo.InvariantCulture);
        Form = new ScoreFormView(posted ?? agreed, false, Differing);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string id, string? manual)
    {
        Manual = manual == "1";
        return await LoadAsync(id, null) ?? Page();
    }

    public async Task<IActionResult> OnPostAcceptAgreedAsync(string id)
    {
        var result = await room.AcceptAgreedAsync(Me, WorkstationPrincipal.RoleOf(User), id, HttpContext.RequestAborted);
        if (result.Succeeded) return Redirect("/adjudication?done=" + Uri.EscapeDataString(id));
        var problem = await LoadAsync(id, null);
        if (problem is not null) return problem;
        Errors = result.Errors;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var (input, problems) = ReadInputParser.Check(ReadForm.From(Request.Form), reasonRequired: true);
        IReadOnlyList<string> errors = problems;
        if (input is not null)
        {
            var result = await room.RecordConsensusAsync(Me, WorkstationPrincipal.RoleOf(User), id, input, HttpContext.RequestAborted);
            if (result.Succeeded) return Redirect("/adjudication?done=" + Uri.EscapeDataString(id));
            errors = result.Errors;
        }
        Manual = true;
        var problem = await LoadAsync(id, ReadForm.Values(Request.Form));
        if (problem is not null) return problem;
        Errors = errors;
        Reason = Request.Form["reason"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

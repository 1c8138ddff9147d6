using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Mibg.Storage.Audit;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary><c>mibg audit verify --store S [--json]</c>.</summary>
internal sealed class AuditVerifySettings : StoreSettings
{
    [CommandOption("--json")]
    [Description("Print {intact, entries, last_hash, anchor, problems, notices} as JSON.")]
    public bool Json { get; init; }
}

/// <summary>
/// Verifies the audit log with its key and anchor, and the covered tables against it (docs/security.md);
/// exit 1 when anything was changed, removed, inserted or reordered.
/// </summary>
internal sealed class AuditVerifyCommand(CliOutput output) : AsyncCommand<AuditVerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AuditVerifySettings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpening.OpenWorkstationAsync(settings, createIfMissing: false);
        AuditVerification result;
        try
        {
            result = await store.VerifyAuditAsync(cancellationToken);
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException(e.Message);
        }
        var problems = result.Problems;
        if (settings.Json)
            CliJson.Write(output, new
            {
                intact = result.Intact, entries = result.Entries, last_hash = result.LastHash,
                anchor = result.Anchor is { } a
                    ? new { entries = a.Count, head = a.Head, pending = a.Pending is { } p ? new { entries = p.Count, head = p.Head } : null }
                    : null,
                problems, notices = result.Notices,
            });
        else if (result.Intact)
            output.Out.WriteLine($"audit log intact: {result.Entries} entries" + (result.LastHash is null ? "" : $", last hash {result.LastHash}")
                + $"; anchor {result.Anchor!.Count} entries");
        if (!settings.Json)
            foreach (var n in result.Notices) output.Err.WriteLine($"mibg: audit log (notice): {n}");
        if (AuditFiles.For(StoreSpec.Parse(settings.Store), settings.AuditDir).BesideStore(StoreSpec.Parse(settings.Store)))
            output.Err.WriteLine($"mibg: warning: {AuditFiles.BesideStoreWarning}");
        foreach (var p in problems) output.Err.WriteLine($"mibg: audit log: {p}");
        if (!result.Intact) output.Err.WriteLine($"mibg: audit log tampered with: {problems.Count} problem(s) in {result.Entries} entries");
        return result.Intact ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}

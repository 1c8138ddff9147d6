using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage.Workstation;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary><c>mibg audit verify --store S [--json]</c>.</summary>
internal sealed class AuditVerifySettings : StoreSettings
{
    [CommandOption("--json")]
    [Description("Print {intact, entries, problems} as JSON.")]
    public bool Json { get; init; }
}

/// <summary>Recomputes the audit log's SHA-256 chain; exit 1 when any entry was changed, removed or inserted.</summary>
internal sealed class AuditVerifyCommand(CliOutput output) : AsyncCommand<AuditVerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AuditVerifySettings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpening.OpenWorkstationAsync(settings.Store, createIfMissing: false);
        var entries = await store.ReadAuditAsync(cancellationToken);
        var problems = AuditChain.Verify(entries);
        if (settings.Json)
            CliJson.Write(output, new { intact = problems.Count == 0, entries = entries.Count, last_hash = entries.Count == 0 ? null : entries[^1].Hash, problems });
        else if (problems.Count == 0)
            output.Out.WriteLine($"audit log intact: {entries.Count} entries" + (entries.Count == 0 ? "" : $", last hash {entries[^1].Hash}"));
        foreach (var p in problems) output.Err.WriteLine($"mibg: audit log: {p}");
        if (problems.Count > 0) output.Err.WriteLine($"mibg: audit log tampered with: {problems.Count} problem(s) in {entries.Count} entries");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}

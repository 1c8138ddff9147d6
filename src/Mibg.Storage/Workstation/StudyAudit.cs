using System.Text.Json;

namespace Mibg.Storage.Workstation;

/// <summary>
/// Audit of the study-level operations made outside the web workstation that change nothing in the store
/// (<c>mibg export</c>); an import is audited by <see cref="IStudyStore.ImportAsync"/> itself, in its transaction.
/// </summary>
public static class StudyAudit
{
    /// <summary>Records an export of the store to <paramref name="destination"/> in <paramref name="format"/>.</summary>
    public static async Task<AuditEntry> RecordExportAsync(string storeSpec, string destination, string format, StudyCounts counts, string actor = "cli", CancellationToken cancellationToken = default)
    {
        await using var store = await WorkstationStores.OpenAsync(storeSpec, cancellationToken: cancellationToken);
        return await RecordExportAsync(store, destination, format, counts, actor, cancellationToken);
    }

    /// <summary>Records an export of the open <paramref name="store"/> (its audit folder as opened).</summary>
    public static Task<AuditEntry> RecordExportAsync(IWorkstationStore store, string destination, string format, StudyCounts counts, string actor = "cli", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(counts);
        return store.AppendAuditAsync(new AuditRecord(actor, AuditActions.Export, destination, null,
            JsonSerializer.Serialize(new { format, patients = counts.Patients, scans = counts.Scans, reads = counts.Reads, events = counts.Events })), cancellationToken);
    }
}

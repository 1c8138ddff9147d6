using System.Text.Json;

namespace Mibg.Storage.Workstation;

/// <summary>
/// One-line audit of the study-level operations made outside the web workstation (<c>mibg import</c>,
/// <c>mibg export</c>), so that the audit log covers every import and export as well as every login and read.
/// </summary>
public static class StudyAudit
{
    /// <summary>Records an import of <paramref name="source"/> into the store, with the row counts before and after.</summary>
    public static Task<AuditEntry> RecordImportAsync(string storeSpec, string source, StudyCounts before, StudyCounts after, string actor = "cli", CancellationToken cancellationToken = default) =>
        AppendAsync(storeSpec, new AuditRecord(actor, AuditActions.Import, source, Counts(before), Counts(after)), cancellationToken);

    /// <summary>Records an export of the store to <paramref name="destination"/> in <paramref name="format"/>.</summary>
    public static Task<AuditEntry> RecordExportAsync(string storeSpec, string destination, string format, StudyCounts counts, string actor = "cli", CancellationToken cancellationToken = default) =>
        AppendAsync(storeSpec, new AuditRecord(actor, AuditActions.Export, destination, null,
            JsonSerializer.Serialize(new { format, patients = counts.Patients, scans = counts.Scans, reads = counts.Reads, events = counts.Events })), cancellationToken);

    private static string Counts(StudyCounts c) =>
        JsonSerializer.Serialize(new { patients = c.Patients, scans = c.Scans, reads = c.Reads, events = c.Events });

    private static async Task<AuditEntry> AppendAsync(string storeSpec, AuditRecord record, CancellationToken ct)
    {
        await using var store = await WorkstationStores.OpenAsync(storeSpec, cancellationToken: ct);
        return await store.AppendAuditAsync(record, ct);
    }
}

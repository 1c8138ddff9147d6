using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

/// <summary>The workstation tables behind the same <see cref="StoreGate"/> as the study store.</summary>
public sealed class GatedWorkstationStore(IWorkstationStore inner, StoreGate gate) : IWorkstationStore
{
    public Task AddUserAsync(WorkstationUser user, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.AddUserAsync(user, actor, cancellationToken), cancellationToken);

    public Task<WorkstationUser?> FindUserAsync(string name, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.FindUserAsync(name, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<WorkstationUser>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.ListUsersAsync(cancellationToken), cancellationToken);

    public Task SetLoginStateAsync(string name, int failedLogins, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.SetLoginStateAsync(name, failedLogins, lockedUntil, cancellationToken), cancellationToken);

    public Task SetAssignmentAsync(string scanId, IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.SetAssignmentAsync(scanId, readers, actor, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAssignmentsAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.ListAssignmentsAsync(cancellationToken), cancellationToken);

    public Task<AuditEntry> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.AppendAuditAsync(record, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.ReadAuditAsync(cancellationToken), cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

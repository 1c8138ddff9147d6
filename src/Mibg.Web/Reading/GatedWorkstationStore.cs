using Mibg.Storage.Audit;
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

    public Task<LoginAttempt> BeginLoginAttemptAsync(string name, int maxFailures, TimeSpan lockDuration, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.BeginLoginAttemptAsync(name, maxFailures, lockDuration, cancellationToken), cancellationToken);

    public Task LoginSucceededAsync(string name, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.LoginSucceededAsync(name, cancellationToken), cancellationToken);

    public Task SetDisabledAsync(string name, bool disabled, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.SetDisabledAsync(name, disabled, actor, cancellationToken), cancellationToken);

    public Task ResetPasswordAsync(string name, string passwordHash, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.ResetPasswordAsync(name, passwordHash, actor, cancellationToken), cancellationToken);

    public Task UnlockAsync(string name, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.UnlockAsync(name, actor, cancellationToken), cancellationToken);

    public Task<string> CreateSessionAsync(string account, TimeSpan absoluteLifetime, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.CreateSessionAsync(account, absoluteLifetime, cancellationToken), cancellationToken);

    public Task<SessionRecord?> TouchSessionAsync(string token, TimeSpan idleTimeout, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.TouchSessionAsync(token, idleTimeout, cancellationToken), cancellationToken);

    public Task<bool> RevokeSessionAsync(string token, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.RevokeSessionAsync(token, actor, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<string>> GetStudyReadersAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.GetStudyReadersAsync(cancellationToken), cancellationToken);

    public Task SetStudyReadersAsync(IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.SetStudyReadersAsync(readers, actor, cancellationToken), cancellationToken);

    public Task SetAssignmentAsync(string scanId, IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.SetAssignmentAsync(scanId, readers, actor, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAssignmentsAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.ListAssignmentsAsync(cancellationToken), cancellationToken);

    public Task<AuditEntry> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.AppendAuditAsync(record, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.ReadAuditAsync(cancellationToken), cancellationToken);

    public Task<AuditVerification> VerifyAuditAsync(CancellationToken cancellationToken = default) =>
        gate.RunAsync(() => inner.VerifyAuditAsync(cancellationToken), cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Mibg.Storage.Workstation;

/// <summary>
/// The SQL shared by the SQLite and PostgreSQL workstation stores; each subclass opens connections,
/// serialises audit appends and migrates its schema.
/// </summary>
public abstract class WorkstationStore : IWorkstationStore
{
    private readonly TimeProvider _clock;

    /// <summary>Creates a store that stamps audit entries with <paramref name="clock"/>.</summary>
    protected WorkstationStore(TimeProvider? clock) => _clock = clock ?? TimeProvider.System;

    /// <summary>Opens a new connection.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that holds the audit log's write lock until it ends.</summary>
    protected abstract Task<DbTransaction> BeginAuditTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether an exception is a primary-key / unique violation.</summary>
    protected abstract bool IsUniqueViolation(Exception exception);

    /// <summary>Dialect-specific SQL run with migration n (same index as <see cref="WorkstationSchema.Migrations"/>).</summary>
    protected abstract IReadOnlyList<string> DialectMigrations { get; }

    /// <summary>Brings the schema to the latest version; safe when several processes start at once.</summary>
    protected async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await BeginAuditTransactionAsync(c, cancellationToken);
        await c.ExecuteAsync(new CommandDefinition(
            $"CREATE TABLE IF NOT EXISTS {WorkstationSchema.VersionTable} (version integer NOT NULL)", transaction: tx, cancellationToken: cancellationToken));
        var current = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT MAX(version) FROM {WorkstationSchema.VersionTable}", transaction: tx, cancellationToken: cancellationToken)) ?? 0;
        for (var v = (int)current; v < WorkstationSchema.Migrations.Count; v++)
        {
            await c.ExecuteAsync(new CommandDefinition(WorkstationSchema.Migrations[v], transaction: tx, cancellationToken: cancellationToken));
            if (v < DialectMigrations.Count && DialectMigrations[v].Length > 0)
                await c.ExecuteAsync(new CommandDefinition(DialectMigrations[v], transaction: tx, cancellationToken: cancellationToken));
            await c.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {WorkstationSchema.VersionTable} (version) VALUES (@version)", new { version = v + 1 }, tx, cancellationToken: cancellationToken));
        }
        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task AddUserAsync(WorkstationUser user, string actor, CancellationToken cancellationToken = default)
    {
        if (WorkstationUser.ProblemWithName(user.Name) is { } problem)
            throw new WorkstationStoreException($"user '{user.Name}': {problem}");
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await BeginAuditTransactionAsync(c, cancellationToken);
        try
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO workstation_users (name, role, password_hash, failed_logins, locked_until) VALUES (@Name, @Role, @Hash, 0, NULL)",
                new { user.Name, Role = user.Role.Code(), Hash = user.PasswordHash }, tx, cancellationToken: cancellationToken));
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            throw new WorkstationStoreException($"user '{user.Name}' already exists; choose another name");
        }
        await AppendInAsync(c, tx, new AuditRecord(actor, AuditActions.UserAdded, user.Name, null,
            JsonSerializer.Serialize(new { name = user.Name, role = user.Role.Code() })), cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WorkstationUser?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        var row = await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            "SELECT name, role, password_hash AS PasswordHash, failed_logins AS FailedLogins, locked_until AS LockedUntil FROM workstation_users WHERE name = @name",
            new { name }, cancellationToken: cancellationToken));
        return row?.ToUser();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkstationUser>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<UserRow>(new CommandDefinition(
            "SELECT name, role, password_hash AS PasswordHash, failed_logins AS FailedLogins, locked_until AS LockedUntil FROM workstation_users ORDER BY name",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToUser()).ToArray();
    }

    /// <inheritdoc />
    public async Task SetLoginStateAsync(string name, int failedLogins, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE workstation_users SET failed_logins = @failedLogins, locked_until = @locked WHERE name = @name",
            new { name, failedLogins, locked = lockedUntil is { } l ? AuditChain.FormatTime(l) : null }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task SetAssignmentAsync(string scanId, IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await BeginAuditTransactionAsync(c, cancellationToken);
        var before = (await c.QueryAsync<string>(new CommandDefinition(
            "SELECT reader FROM workstation_assignments WHERE scan_id = @scanId ORDER BY reader", new { scanId }, tx,
            cancellationToken: cancellationToken))).ToArray();
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM workstation_assignments WHERE scan_id = @scanId",
            new { scanId }, tx, cancellationToken: cancellationToken));
        var after = readers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var reader in after)
            await c.ExecuteAsync(new CommandDefinition("INSERT INTO workstation_assignments (scan_id, reader) VALUES (@scanId, @reader)",
                new { scanId, reader }, tx, cancellationToken: cancellationToken));
        await AppendInAsync(c, tx, new AuditRecord(actor, AuditActions.Assignment, scanId,
            JsonSerializer.Serialize(before), JsonSerializer.Serialize(after)), cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAssignmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<(string ScanId, string Reader)>(new CommandDefinition(
            "SELECT scan_id, reader FROM workstation_assignments ORDER BY scan_id, reader", cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.ScanId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Reader).ToArray(), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<AuditEntry> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await BeginAuditTransactionAsync(c, cancellationToken);
        var entry = await AppendInAsync(c, tx, record, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>Appends inside a transaction begun by <see cref="BeginAuditTransactionAsync"/>.</summary>
    protected async Task<AuditEntry> AppendInAsync(DbConnection c, DbTransaction tx, AuditRecord record, CancellationToken cancellationToken)
    {
        var last = await c.QuerySingleOrDefaultAsync<AuditRow>(new CommandDefinition(
            SelectAudit + " ORDER BY seq DESC LIMIT 1", transaction: tx, cancellationToken: cancellationToken));
        var entry = AuditChain.Next(last?.ToEntry(), _clock.GetUtcNow(), record);
        await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (seq, at, actor, action, subject, before_state, after_state, previous_hash, hash) " +
            "VALUES (@Sequence, @At, @Actor, @Action, @Subject, @Before, @After, @PreviousHash, @Hash)",
            new
            {
                entry.Sequence, At = AuditChain.FormatTime(entry.At), entry.Actor, entry.Action, entry.Subject,
                entry.Before, entry.After, entry.PreviousHash, entry.Hash,
            }, tx, cancellationToken: cancellationToken));
        return entry;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<AuditRow>(new CommandDefinition(SelectAudit + " ORDER BY seq", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToArray();
    }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private const string SelectAudit =
        "SELECT seq AS Sequence, at AS At, actor AS Actor, action AS Action, subject AS Subject, before_state AS Before, " +
        "after_state AS After, previous_hash AS PreviousHash, hash AS Hash FROM audit_log";

    private sealed class UserRow
    {
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public long FailedLogins { get; set; }
        public string? LockedUntil { get; set; }

        public WorkstationUser ToUser() => new()
        {
            Name = Name,
            Role = WorkstationRoles.Parse(Role) ?? throw new InvalidDataException($"workstation_users: unknown role '{Role}' for '{Name}'"),
            PasswordHash = PasswordHash,
            FailedLogins = (int)FailedLogins,
            LockedUntil = LockedUntil is null ? null : AuditChain.Normalize(DateTimeOffset.Parse(LockedUntil, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private sealed class AuditRow
    {
        public long Sequence { get; set; }
        public string At { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
        public string Subject { get; set; } = "";
        public string? Before { get; set; }
        public string? After { get; set; }
        public string PreviousHash { get; set; } = "";
        public string Hash { get; set; } = "";

        public AuditEntry ToEntry() => new()
        {
            Sequence = Sequence,
            At = AuditChain.Normalize(DateTimeOffset.Parse(At, System.Globalization.CultureInfo.InvariantCulture)),
            Actor = Actor,
            Action = Action,
            Subject = Subject,
            Before = Before,
            After = After,
            PreviousHash = PreviousHash,
            Hash = Hash,
        };
    }
}

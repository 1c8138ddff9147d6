using Dapper;
using Mibg.Storage.Audit;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

internal sealed partial class StudyDatabase
{
    private const string SelectUser =
        "SELECT name AS Name, role AS Role, password_hash AS PasswordHash, failed_logins AS FailedLogins, locked_until AS LockedUntil, disabled AS Disabled FROM workstation_users";

    /// <inheritdoc />
    public Task AddUserAsync(WorkstationUser user, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (WorkstationUser.ProblemWithName(user.Name) is { } problem)
            throw new WorkstationStoreException($"user '{user.Name}': {problem}");
        return WriteAsync(async unit =>
        {
            if (await unit.ScalarAsync<long>("SELECT COUNT(*) FROM workstation_users WHERE name = @Name", new { user.Name }) > 0)
                throw new WorkstationStoreException($"user '{user.Name}' already exists; choose another name");
            await unit.ExecuteAsync(
                "INSERT INTO workstation_users (name, role, password_hash, failed_logins, locked_until, disabled) VALUES (@Name, @Role, @Hash, 0, NULL, @Disabled)",
                new { user.Name, Role = user.Role.Code(), Hash = user.PasswordHash, Disabled = user.Disabled ? 1 : 0 });
            await AuditAccountAsync(unit, actor, AuditActions.UserAdded, user with { FailedLogins = 0, LockedUntil = null });
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WorkstationUser?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        return (await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(SelectUser + " WHERE name = @name", new { name }, cancellationToken: cancellationToken)))?.ToUser();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkstationUser>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        return (await c.QueryAsync<UserRow>(new CommandDefinition(SelectUser + " ORDER BY name", cancellationToken: cancellationToken)))
            .Select(r => r.ToUser()).ToArray();
    }

    /// <inheritdoc />
    public async Task<LoginAttempt> BeginLoginAttemptAsync(string name, int maxFailures, TimeSpan lockDuration, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        await using var c = await _dialect.OpenAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var nowText = AuditChain.FormatTime(now);
        // An expired lock starts a new count. Both statements are single conditional updates: the database
        // serialises them per row, so no two attempts can take the same place in the count.
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE workstation_users SET failed_logins = 0, locked_until = NULL WHERE name = @name AND locked_until IS NOT NULL AND locked_until <= @now",
            new { name, now = nowText }, cancellationToken: cancellationToken));
        var counted = await c.ExecuteAsync(new CommandDefinition(
            "UPDATE workstation_users SET failed_logins = failed_logins + 1, " +
            "locked_until = CASE WHEN failed_logins + 1 >= @max THEN @until ELSE NULL END " +
            "WHERE name = @name AND disabled = 0 AND locked_until IS NULL AND failed_logins < @max",
            new { name, max = maxFailures, until = AuditChain.FormatTime(now + lockDuration) }, cancellationToken: cancellationToken));
        var user = (await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(SelectUser + " WHERE name = @name", new { name }, cancellationToken: cancellationToken)))?.ToUser();
        if (counted == 1) return new LoginAttempt(true, user, null);
        if (user is null) return new LoginAttempt(false, null, LoginRefusal.UnknownUser);
        return new LoginAttempt(false, user, user.Disabled ? LoginRefusal.Disabled : LoginRefusal.Locked);
    }

    /// <inheritdoc />
    public async Task LoginSucceededAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE workstation_users SET failed_logins = 0, locked_until = NULL WHERE name = @name", new { name }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public Task SetDisabledAsync(string name, bool disabled, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(async unit =>
        {
            var user = await UserInAsync(unit, name);
            // Under the writer lock, so two simultaneous disables cannot both pass this check.
            if (disabled && !user.Disabled && user.Role == WorkstationRole.Admin
                && await unit.ScalarAsync<long>("SELECT COUNT(*) FROM workstation_users WHERE role = 'admin' AND disabled = 0 AND name <> @name", new { name }) == 0)
                throw new WorkstationStoreException($"{name} is the last enabled admin account; add or enable another admin first (mibg user add --role admin)");
            await unit.ExecuteAsync("UPDATE workstation_users SET disabled = @d WHERE name = @name", new { name, d = disabled ? 1 : 0 });
            if (disabled) await RevokeAllInAsync(unit, name);
            await AuditAccountAsync(unit, actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, user with { Disabled = disabled });
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task ResetPasswordAsync(string name, string passwordHash, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        return WriteAsync(async unit =>
        {
            var user = await UserInAsync(unit, name);
            await unit.ExecuteAsync("UPDATE workstation_users SET password_hash = @h, failed_logins = 0, locked_until = NULL WHERE name = @name", new { name, h = passwordHash });
            await RevokeAllInAsync(unit, name);
            await AuditAccountAsync(unit, actor, AuditActions.PasswordReset, user with { PasswordHash = passwordHash });
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task UnlockAsync(string name, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(async unit =>
        {
            var user = await UserInAsync(unit, name);
            await unit.ExecuteAsync("UPDATE workstation_users SET failed_logins = 0, locked_until = NULL WHERE name = @name", new { name });
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.UserUnlocked, name,
                System.Text.Json.JsonSerializer.Serialize(new { failed_logins = user.FailedLogins, locked_until = user.LockedUntil is { } l ? AuditChain.FormatTime(l) : null }), null));
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetStudyReadersAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        return (await c.QueryAsync<string>(new CommandDefinition("SELECT reader FROM study_readers ORDER BY reader", cancellationToken: cancellationToken))).ToArray();
    }

    /// <inheritdoc />
    public Task SetStudyReadersAsync(IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var wanted = readers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return WriteAsync(async unit =>
        {
            var accounts = (await unit.QueryAsync<string>("SELECT name FROM workstation_users WHERE role = 'reader'")).ToHashSet(StringComparer.Ordinal);
            if (wanted.FirstOrDefault(r => !accounts.Contains(r)) is { } unknown)
                throw new WorkstationStoreException($"{unknown} is not a reader account (add it with mibg user add --role reader)");
            var before = await unit.QueryAsync<string>("SELECT reader FROM study_readers ORDER BY reader");
            await unit.ExecuteAsync("DELETE FROM study_readers");
            foreach (var r in wanted) await unit.ExecuteAsync("INSERT INTO study_readers (reader) VALUES (@r)", new { r });
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.StudyReaders, "", AuditPayload.Names(before), AuditPayload.Names(wanted)));
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetAssignmentAsync(string scanId, IReadOnlyList<string> readers, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var after = readers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return WriteAsync(async unit =>
        {
            var before = await unit.QueryAsync<string>("SELECT reader FROM workstation_assignments WHERE scan_id = @scanId ORDER BY reader", new { scanId });
            await unit.ExecuteAsync("DELETE FROM workstation_assignments WHERE scan_id = @scanId", new { scanId });
            foreach (var reader in after)
                await unit.ExecuteAsync("INSERT INTO workstation_assignments (scan_id, reader) VALUES (@scanId, @reader)", new { scanId, reader });
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.Assignment, scanId, AuditPayload.Names(before), AuditPayload.Names(after)));
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAssignmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<(string ScanId, string Reader)>(new CommandDefinition(
            "SELECT scan_id, reader FROM workstation_assignments ORDER BY scan_id, reader", cancellationToken: cancellationToken));
        return rows.GroupBy(r => r.ScanId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Reader).ToArray(), StringComparer.Ordinal);
    }

    private static async Task<WorkstationUser> UserInAsync(WriteUnit unit, string name) =>
        (await unit.QueryAsync<UserRow>(SelectUser + " WHERE name = @name", new { name })).SingleOrDefault()?.ToUser()
        ?? throw new WorkstationStoreException($"there is no account '{name}' (mibg user list shows them)");

    private static Task AuditAccountAsync(WriteUnit unit, string actor, string action, WorkstationUser user) =>
        unit.AuditAsync(new AuditRecord(actor, action, user.Name, null,
            AuditPayload.Account(user.Name, user.Role, user.Disabled, CoveredState.AccountDigest(user.Name, user.Role.Code(), user.Disabled, user.PasswordHash))));

    private sealed class UserRow
    {
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public long FailedLogins { get; set; }
        public string? LockedUntil { get; set; }
        public long Disabled { get; set; }

        public WorkstationUser ToUser() => new()
        {
            Name = Name,
            Role = WorkstationRoles.Parse(Role) ?? throw new InvalidDataException($"workstation_users: unknown role '{Role}' for '{Name}'"),
            PasswordHash = PasswordHash,
            FailedLogins = (int)FailedLogins,
            LockedUntil = LockedUntil is null ? null : AuditChain.ParseTime(LockedUntil),
            Disabled = Disabled != 0,
        };
    }
}

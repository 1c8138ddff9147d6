using Mibg.Storage.Audit;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Tests.Workstation;

/// <summary>
/// What every workstation store must do, run against SQLite (<see cref="SqliteWorkstationStoreTests"/>) and
/// PostgreSQL (<see cref="Postgres.PostgresWorkstationStoreTests"/>).
/// </summary>
public abstract class WorkstationStoreContract
{
    /// <summary>Opens a store on a new, empty database.</summary>
    protected abstract Task<IWorkstationStore> OpenEmptyAsync();

    /// <summary>Runs a raw SQL statement on the same database (to play the attacker who edits the table).</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    private static WorkstationUser User(string name, WorkstationRole role) =>
        new() { Name = name, Role = role, PasswordHash = "hash-of-" + name };

    [Fact]
    public async Task Users_round_trip_and_duplicate_names_are_refused()
    {
        await using var store = await OpenEmptyAsync();
        await store.AddUserAsync(User("R1", WorkstationRole.Reader), "cli");
        await store.AddUserAsync(User("adj", WorkstationRole.Adjudicator), "cli");
        var r1 = await store.FindUserAsync("R1");
        Assert.NotNull(r1);
        Assert.Equal(WorkstationRole.Reader, r1.Role);
        Assert.Equal("hash-of-R1", r1.PasswordHash);
        Assert.Null(await store.FindUserAsync("r1")); // names are exact
        var e = await Assert.ThrowsAsync<WorkstationStoreException>(() => store.AddUserAsync(User("R1", WorkstationRole.Admin), "cli"));
        Assert.Contains("already exists", e.Message);
        Assert.Equal(["R1", "adj"], (await store.ListUsersAsync()).Select(u => u.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("consensus")]
    [InlineData("")]
    [InlineData("a'; DROP TABLE workstation_users;--")]
    public async Task Invalid_names_are_refused_with_the_reason(string name)
    {
        await using var store = await OpenEmptyAsync();
        var e = await Assert.ThrowsAsync<WorkstationStoreException>(() => store.AddUserAsync(User(name, WorkstationRole.Reader), "cli"));
        Assert.Contains($"user '{name}'", e.Message);
        Assert.Empty(await store.ListUsersAsync());
    }

    [Fact]
    public async Task Login_attempts_are_counted_until_the_lock_and_a_success_clears_the_count()
    {
        await using var store = await OpenEmptyAsync();
        await store.AddUserAsync(User("R1", WorkstationRole.Reader), "cli");
        for (var i = 1; i <= 3; i++)
        {
            var a = await store.BeginLoginAttemptAsync("R1", 3, TimeSpan.FromMinutes(15));
            Assert.True(a.Allowed);
            Assert.Equal(i, a.User!.FailedLogins);
        }
        var refused = await store.BeginLoginAttemptAsync("R1", 3, TimeSpan.FromMinutes(15));
        Assert.Equal(LoginRefusal.Locked, refused.Refusal);
        Assert.NotNull(refused.User!.LockedUntil);
        Assert.Equal(LoginRefusal.UnknownUser, (await store.BeginLoginAttemptAsync("nobody", 3, TimeSpan.FromMinutes(15))).Refusal);
        await store.UnlockAsync("R1", "admin");
        Assert.True((await store.BeginLoginAttemptAsync("R1", 3, TimeSpan.FromMinutes(15))).Allowed);
        await store.LoginSucceededAsync("R1");
        Assert.Equal(0, (await store.FindUserAsync("R1"))!.FailedLogins);
    }

    [Fact]
    public async Task Assignments_replace_and_reset()
    {
        await using var store = await OpenEmptyAsync();
        await store.SetAssignmentAsync("S1", ["R2", "R1", "R1"], "admin");
        Assert.Equal(["R1", "R2"], (await store.ListAssignmentsAsync())["S1"]);
        await store.SetAssignmentAsync("S1", ["R3"], "admin");
        Assert.Equal(["R3"], (await store.ListAssignmentsAsync())["S1"]);
        await store.SetAssignmentAsync("S1", [], "admin");
        Assert.Empty(await store.ListAssignmentsAsync());
        var audit = await store.ReadAuditAsync();
        Assert.Equal(3, audit.Count);
        Assert.Empty((await store.VerifyAuditAsync()).Problems);
        Assert.Equal("[\"R3\"]", audit[2].Before);
        Assert.Equal("[]", audit[2].After);
    }

    [Fact]
    public async Task The_audit_chain_verifies_and_survives_reopening()
    {
        await using (var store = await OpenEmptyAsync())
        {
            await store.AppendAuditAsync(new AuditRecord("R1", AuditActions.Login, "R1"));
            await store.AppendAuditAsync(new AuditRecord("R1", AuditActions.Export, "out/", null, "{\"total\":3}"));
            var log = await store.ReadAuditAsync();
            Assert.Equal([1L, 2L], log.Select(e => e.Sequence));
            Assert.Equal(AuditChain.Genesis, log[0].PreviousHash);
            Assert.Equal(log[0].Hash, log[1].PreviousHash);
            Assert.Empty((await store.VerifyAuditAsync()).Problems);
        }
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_a_forced_edit_is_detected()
    {
        await using var store = await OpenEmptyAsync();
        for (var i = 0; i < 3; i++)
            await store.AppendAuditAsync(new AuditRecord("R1", AuditActions.Export, "S" + i, null, "{\"total\":" + i + "}"));
        // The table itself refuses changes…
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("UPDATE audit_log SET after_state = '{\"total\":9}' WHERE seq = 2"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("DELETE FROM audit_log WHERE seq = 2"));
        Assert.Empty((await store.VerifyAuditAsync()).Problems);
        // …and someone who drops the guard and edits an entry is caught by the chain.
        await DropAppendOnlyGuardAsync();
        await ExecuteRawAsync("UPDATE audit_log SET after_state = '{\"total\":9}' WHERE seq = 2");
        var problems = (await store.VerifyAuditAsync()).Problems;
        Assert.Equal(["entry 2: its MAC is wrong (the entry was changed, or written without the audit key)"], problems);
        await ExecuteRawAsync("DELETE FROM audit_log WHERE seq = 2");
        problems = (await store.VerifyAuditAsync()).Problems;
        Assert.Contains("entry 3: expected sequence 2 (an entry was removed, inserted or moved)", problems);
        Assert.Contains("entry 3: not linked to the entry before it (an entry was changed, removed, inserted or moved)", problems);
    }

    /// <summary>Removes the triggers that make the audit table append-only.</summary>
    protected abstract Task DropAppendOnlyGuardAsync();

    [Fact]
    public async Task Concurrent_appends_form_one_unbroken_chain()
    {
        await using var store = await OpenEmptyAsync();
        // 8 writers × 25 entries: every append must see the previous one (no fork, no duplicate sequence).
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
                await store.AppendAuditAsync(new AuditRecord("R" + w, AuditActions.LoginFailed, $"S{w}-{i}"));
        })));
        var log = await store.ReadAuditAsync();
        Assert.Equal(200, log.Count);
        Assert.Empty((await store.VerifyAuditAsync()).Problems);
        Assert.Equal(200, log.Select(e => e.Subject).Distinct().Count());
    }
}

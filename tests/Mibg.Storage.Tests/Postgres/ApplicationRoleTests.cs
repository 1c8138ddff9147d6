using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Workstation;
using Npgsql;

namespace Mibg.Storage.Tests.Postgres;

/// <summary>
/// The owner/application split of docs/security.md ("PostgreSQL roles"), on a real PostgreSQL: an owner role that
/// is no superuser creates the schema and grants the application role (<see cref="ApplicationRole.GrantAsync"/>);
/// connected as the application role, the store does all the server's work, while every way of switching the
/// database's own guards off or rewriting history is refused by PostgreSQL itself — and what the role may still
/// change directly (a read's scores, an appended entry) is reported by the audit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationRoleTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly string _audit = Directory.CreateTempSubdirectory("mibg-roles-").FullName;
    private string Owner => "owner_" + _suffix;
    private string App => "app_" + _suffix;
    private string Database => "roles_" + _suffix;
    private string As(string role) => $"Host=127.0.0.1;Port={cluster.Port};Username={role};Database={Database}";
    private StoreOptions Options => new() { AuditDirectory = _audit };

    public async Task InitializeAsync()
    {
        await using var c = new NpgsqlConnection(cluster.AdminConnectionString);
        await c.OpenAsync();
        foreach (var sql in new[]
                 {
                     $"CREATE ROLE {Owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE",
                     $"CREATE ROLE {App} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE",
                     $"CREATE DATABASE {Database} OWNER {Owner}",
                 })
            await new NpgsqlCommand(sql, c).ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_audit, recursive: true);
        return Task.CompletedTask;
    }

    private static Read ReadOf(string scan, string reader, int spine) => new()
    {
        ScanId = scan, Reader = reader, Siopen = new SiopenScore([0, 0, 0, 0, 0, 0, spine, 0, 0, 0, 0, 0]),
    };

    /// <summary>The owner sets the store up (schema, grants, study, accounts, readers), as docs/security.md says.</summary>
    private async Task SetUpAsOwnerAsync()
    {
        await ApplicationRole.GrantAsync(As(Owner), App, Options);
        await using var owner = await StudyStores.OpenAsync(As(Owner), Options);
        await owner.ImportAsync(StudyStoreSample.Study() with { Reads = [] }, source: "sample");
        var ws = (IWorkstationStore)owner;
        foreach (var (n, r) in new[] { ("R1", WorkstationRole.Reader), ("R2", WorkstationRole.Reader), ("adj", WorkstationRole.Adjudicator) })
            await ws.AddUserAsync(new WorkstationUser { Name = n, Role = r, PasswordHash = "hash-" + n }, "cli");
        await ws.SetStudyReadersAsync(["R1", "R2"], "cli");
    }

    [Fact]
    public async Task As_the_application_role_the_store_does_the_servers_work_and_no_more()
    {
        await SetUpAsOwnerAsync();
        await using var app = await StudyStores.OpenAsync(As(App), Options); // schema current: no DDL
        var ws = (IWorkstationStore)app;
        Assert.True((await app.SubmitReadAsync(ReadOf("S1", "R1", 2), "R1")).Saved);
        Assert.True((await app.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2", final: false)).Saved);
        Assert.True((await app.AmendReadAsync(ReadOf("S1", "R2", 2), 1, "R2", "recounted")).Saved);
        Assert.True((await app.FinaliseReadAsync("S1", "R2", 2, "R2")).Saved);
        Assert.True((await app.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 2), new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 3 }, "adj", "agreed")).Saved);
        var token = await ws.CreateSessionAsync("R1", TimeSpan.FromHours(8));
        Assert.NotNull(await ws.TouchSessionAsync(token, TimeSpan.FromHours(1)));
        Assert.True(await ws.RevokeSessionAsync(token, "R1"));
        Assert.True((await ws.BeginLoginAttemptAsync("R2", 5, TimeSpan.FromMinutes(15))).Allowed);
        await ws.LoginSucceededAsync("R2");
        await ws.SetAssignmentAsync("S3", ["R1"], "admin");
        Assert.Empty((await ws.VerifyAuditAsync()).Problems);

        // Accounts, the reader set and imports are the owner's business (mibg user …, mibg readers set, mibg import
        // run with the owner's connection string): refused, saying so.
        foreach (var change in new Func<Task>[]
                 {
                     () => ws.SetDisabledAsync("R1", true, "admin"),
                     () => ws.AddUserAsync(new WorkstationUser { Name = "mallory", Role = WorkstationRole.Admin, PasswordHash = "x" }, "admin"),
                     () => ws.SetStudyReadersAsync(["R1"], "admin"),
                     () => app.ImportAsync(StudyStoreSample.Study(), source: "x"),
                 })
        {
            var e = await Assert.ThrowsAsync<StudyStoreException>(change);
            Assert.Equal("42501", ((PostgresException)e.InnerException!).SqlState);
            Assert.Contains("with the owner role's connection string", e.Message, StringComparison.Ordinal);
        }
        Assert.Empty((await ws.VerifyAuditAsync()).Problems); // the refusals wrote nothing
    }

    [Theory]
    // the database's own guards: only a table's owner (or a superuser) may switch them off
    [InlineData("ALTER TABLE reads DISABLE TRIGGER reads_guard")]
    [InlineData("ALTER TABLE reads DISABLE TRIGGER ALL")]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")]
    [InlineData("DROP TRIGGER reads_guard ON reads")]
    [InlineData("DROP TRIGGER audit_log_no_change ON audit_log")]
    [InlineData("DROP TRIGGER audit_log_no_truncate ON audit_log")]
    [InlineData("DROP FUNCTION reads_guard() CASCADE")]
    [InlineData("CREATE OR REPLACE FUNCTION reads_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")]
    [InlineData("SET session_replication_role = replica")]
    // history: the log is append-only for this role, reads are never deleted
    [InlineData("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1")]
    [InlineData("DELETE FROM audit_log WHERE seq > 3")]
    [InlineData("TRUNCATE audit_log")]
    [InlineData("DELETE FROM reads")]
    [InlineData("TRUNCATE reads CASCADE")]
    [InlineData("DELETE FROM consensus_basis")]
    [InlineData("UPDATE consensus_basis SET version = 9")]
    // accounts, study data and schema: the owner's
    [InlineData("UPDATE workstation_users SET role = 'admin' WHERE name = 'R1'")]
    [InlineData("UPDATE workstation_users SET password_hash = 'known', disabled = 0 WHERE name = 'adj'")]
    [InlineData("INSERT INTO workstation_users (name, role, password_hash, failed_logins, disabled) VALUES ('mallory', 'admin', 'x', 0, 0)")]
    [InlineData("INSERT INTO study_readers (reader) VALUES ('adj')")]
    [InlineData("UPDATE patients SET sex = 'M'")]
    [InlineData("DELETE FROM events")]
    [InlineData("UPDATE schema_version SET version = 99")]
    [InlineData("DROP TABLE audit_log")]
    [InlineData("ALTER TABLE reads ADD COLUMN note TEXT")]
    [InlineData("CREATE TABLE shadow_log (x TEXT)")]
    public async Task The_application_role_is_refused(string sql)
    {
        await SetUpAsOwnerAsync();
        await using (var app = await StudyStores.OpenAsync(As(App), Options))
            Assert.True((await app.SubmitReadAsync(ReadOf("S1", "R1", 2), "R1")).Saved);
        await using var c = new NpgsqlConnection(As(App));
        await c.OpenAsync();
        var e = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(sql, c).ExecuteNonQueryAsync());
        Assert.Equal("42501", e.SqlState); // insufficient_privilege: "must be owner of …" or "permission denied for …"
    }

    [Fact]
    public async Task What_the_application_role_may_still_change_directly_is_reported_by_the_audit()
    {
        await SetUpAsOwnerAsync();
        await using var app = await StudyStores.OpenAsync(As(App), Options);
        Assert.True((await app.SubmitReadAsync(ReadOf("S2", "R1", 1), "R1", final: false)).Saved);
        Assert.True((await app.SubmitReadAsync(ReadOf("S1", "R2", 1), "R2")).Saved);
        await using (var c = new NpgsqlConnection(As(App)))
        {
            await c.OpenAsync();
            // It may update a draft (amendments) — within the trigger's rule — and append entries, without the key.
            // …but not a final read: the database's guard refuses it, whoever connects.
            Assert.Equal("P0001", (await Assert.ThrowsAsync<PostgresException>(() =>
                new NpgsqlCommand("UPDATE reads SET siopen_spine = 6, version = version + 1 WHERE scan_id = 'S1'", c).ExecuteNonQueryAsync())).SqlState);
            await new NpgsqlCommand("UPDATE reads SET siopen_spine = 6, version = version + 1 WHERE scan_id = 'S2' AND reader = 'R1'", c).ExecuteNonQueryAsync();
            await new NpgsqlCommand(
                "INSERT INTO audit_log (seq, at, actor, action, subject, before_state, after_state, previous_hash, hash) " +
                "SELECT seq + 1, at, 'R1', 'login', 'R1', NULL, NULL, hash, '" + new string('a', 64) + "' FROM audit_log ORDER BY seq DESC LIMIT 1", c).ExecuteNonQueryAsync();
        }
        var problems = (await ((IWorkstationStore)app).VerifyAuditAsync()).Problems;
        Assert.Contains("reads: the read of scan S2 by R1 differs from its last audit entry (changed in the table directly)", problems);
        Assert.Contains(problems, p => p.EndsWith(": its MAC is wrong (the entry was changed, or written without the audit key)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_application_role_cannot_create_or_upgrade_the_schema_and_is_told_who_can()
    {
        // Nothing granted, no schema yet: opening as the application role must not half-create it.
        var e = await Assert.ThrowsAsync<StudyStoreException>(() => StudyStores.OpenAsync(As(App), Options));
        Assert.Contains("run `mibg store grant` with the owner role's connection string first", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("App-Role", "is not a role name mibg accepts")]
    [InlineData("x\"; DROP TABLE reads; --", "is not a role name mibg accepts")]
    [InlineData("", "is not a role name mibg accepts")]
    [InlineData("nobody_here", "there is no PostgreSQL role 'nobody_here'")]
    public async Task A_bad_role_name_is_refused_and_grants_nothing(string role, string message)
    {
        var e = await Assert.ThrowsAsync<StudyStoreException>(() => ApplicationRole.GrantAsync(As(Owner), role, Options));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Granting_needs_a_PostgreSQL_store()
    {
        var e = await Assert.ThrowsAsync<StudyStoreException>(() => ApplicationRole.GrantAsync(Path.Combine(_audit, "s.db"), App, Options));
        Assert.Contains("only for PostgreSQL", e.Message, StringComparison.Ordinal);
    }
}

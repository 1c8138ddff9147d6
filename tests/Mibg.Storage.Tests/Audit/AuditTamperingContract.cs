using System.Data.Common;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Audit;
using Mibg.Storage.Tests.Postgres;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Tests.Audit;

/// <summary>
/// The threat of docs/security.md: someone who can write the database (the file, or the application's PostgreSQL
/// role) but cannot read the audit key or write the anchor. Each way of hiding a change is tried on a store with a
/// realistic history and must be reported by <see cref="IWorkstationStore.VerifyAuditAsync"/>; an untouched store
/// must verify clean. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class AuditTamperingContract
{
    protected string AuditDirectory { get; } = Directory.CreateTempSubdirectory("mibg-audit-").FullName;

    protected abstract Task<string> NewStoreSpecAsync();

    /// <summary>A raw connection to the same database, as the attacker has it.</summary>
    protected abstract Task<DbConnection> RawAsync(string spec);

    /// <summary>SQL that removes the store's guard triggers (the attacker as table owner).</summary>
    protected abstract string DropGuardsSql { get; }

    private static Read ReadOf(string scan, string reader, int spine) => new()
    {
        ScanId = scan, Reader = reader, Siopen = new SiopenScore([0, 0, 0, 0, 0, 0, spine, 0, 0, 0, 0, 0]),
    };

    /// <summary>A store with an import, accounts, readers, an assignment, reads, an amendment, a consensus and a login.</summary>
    private async Task<(string Spec, IStudyStore Store)> HistoryAsync()
    {
        var spec = await NewStoreSpecAsync();
        var store = StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory });
        var ws = (IWorkstationStore)store;
        await store.ImportAsync(StudyStoreSample.Study() with { Reads = [] }, source: "sample");
        foreach (var (n, r) in new[] { ("R1", WorkstationRole.Reader), ("R2", WorkstationRole.Reader), ("adj", WorkstationRole.Adjudicator) })
            await ws.AddUserAsync(new WorkstationUser { Name = n, Role = r, PasswordHash = "hash-" + n }, "cli");
        await ws.SetStudyReadersAsync(["R1", "R2"], "admin");
        await ws.SetAssignmentAsync("S3", ["R1"], "admin");
        Assert.True((await store.SubmitReadAsync(ReadOf("S1", "R1", 2), "R1")).Saved);
        Assert.True((await store.SubmitReadAsync(ReadOf("S1", "R2", 3), "R2", final: false)).Saved);
        Assert.True((await store.AmendReadAsync(ReadOf("S1", "R2", 2), 1, "R2", "recounted")).Saved);
        Assert.True((await store.FinaliseReadAsync("S1", "R2", 2, "R2")).Saved);
        Assert.True((await store.RecordConsensusAsync(ReadOf("S1", Read.ConsensusReader, 2), new Dictionary<string, int> { ["R1"] = 1, ["R2"] = 3 }, "adj", "agreed")).Saved);
        Assert.True((await store.SubmitReadAsync(ReadOf("S2", "R1", 1), "R1")).Saved);
        await ws.AppendAuditAsync(new AuditRecord("R1", AuditActions.Login, "R1"));
        Assert.Empty((await ws.VerifyAuditAsync()).Problems);
        return (spec, store);
    }

    private async Task ExecuteAsync(string spec, string sql)
    {
        await using var c = await RawAsync(spec);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<IReadOnlyList<string>> TamperAsync(string sql)
    {
        var (spec, store) = await HistoryAsync();
        await using (store)
        {
            await ExecuteAsync(spec, DropGuardsSql + sql);
            return (await ((IWorkstationStore)store).VerifyAuditAsync()).Problems;
        }
    }

    [Fact]
    public async Task An_untouched_history_verifies_and_survives_reopening()
    {
        var (spec, store) = await HistoryAsync();
        await store.DisposeAsync();
        await using var again = StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory });
        var v = await ((IWorkstationStore)again).VerifyAuditAsync();
        Assert.Empty(v.Problems);
        Assert.Equal(v.Entries, v.Anchor!.Count);
    }

    [Fact]
    public async Task An_edited_entry_is_detected()
    {
        var problems = await TamperAsync("UPDATE audit_log SET actor = 'R9' WHERE seq = 6;");
        Assert.Contains("entry 6: its MAC is wrong (the entry was changed, or written without the audit key)", problems);
    }

    [Fact]
    public async Task A_deleted_entry_is_detected()
    {
        var problems = await TamperAsync("DELETE FROM audit_log WHERE seq = 4;");
        Assert.Contains("entry 5: expected sequence 4 (an entry was removed, inserted or moved)", problems);
        Assert.Contains("entry 5: not linked to the entry before it (an entry was changed, removed, inserted or moved)", problems);
    }

    [Fact]
    public async Task An_inserted_entry_is_detected()
    {
        // A plausible login entry squeezed in as number 5, the later ones moved up, linked to entry 4.
        var problems = await TamperAsync(
            "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 5; UPDATE audit_log SET seq = seq - 99 WHERE seq >= 105;" +
            "INSERT INTO audit_log (seq, at, actor, action, subject, before_state, after_state, previous_hash, hash) " +
            "SELECT 5, at, 'admin', 'login', 'admin', NULL, NULL, hash, '" + new string('a', 64) + "' FROM audit_log WHERE seq = 4;");
        Assert.Contains("entry 5: its MAC is wrong (the entry was changed, or written without the audit key)", problems);
        Assert.Contains("entry 6: not linked to the entry before it (an entry was changed, removed, inserted or moved)", problems);
    }

    [Fact]
    public async Task Reordered_entries_are_detected()
    {
        var problems = await TamperAsync("UPDATE audit_log SET seq = 100 WHERE seq = 6; UPDATE audit_log SET seq = 6 WHERE seq = 7; UPDATE audit_log SET seq = 7 WHERE seq = 100;");
        Assert.Contains("entry 6: its MAC is wrong (the entry was changed, or written without the audit key)", problems);
        Assert.Contains("entry 7: its MAC is wrong (the entry was changed, or written without the audit key)", problems);
    }

    [Fact]
    public async Task The_last_entries_removed_are_detected_by_the_anchor()
    {
        // The consensus, the later read and the login go: the chain that is left is perfectly linked…
        var problems = await TamperAsync("DELETE FROM audit_log WHERE seq >= 11;");
        Assert.Contains("the log has 10 entries but the anchor records 13: entries were removed from the end", problems);
    }

    [Fact]
    public async Task All_entries_removed_are_detected_by_the_anchor()
    {
        var problems = await TamperAsync("DELETE FROM audit_log;");
        Assert.Contains("the log has 0 entries but the anchor records 13: entries were removed from the end", problems);
    }

    [Fact]
    public async Task A_chain_rewritten_with_plain_hashes_is_detected()
    {
        var (spec, store) = await HistoryAsync();
        await using (store)
        {
            var ws = (IWorkstationStore)store;
            var entries = await ws.ReadAuditAsync();
            // The attacker changes R2's amendment reason and re-chains everything with SHA-256, as the old log did.
            var sql = new System.Text.StringBuilder(DropGuardsSql);
            var previous = AuditChain.Genesis;
            foreach (var e in entries)
            {
                var after = e.Sequence == 9 ? e.After!.Replace("recounted", "typo", StringComparison.Ordinal) : e.After;
                var hash = AuditChain.LegacyHashOf(e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Before, after, previous);
                sql.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"UPDATE audit_log SET after_state = {Quote(after)}, previous_hash = '{previous}', hash = '{hash}' WHERE seq = {e.Sequence};");
                previous = hash;
            }
            await ExecuteAsync(spec, sql.ToString());
            var problems = (await ws.VerifyAuditAsync()).Problems;
            Assert.Contains("entry 1: its MAC is wrong (the entry was changed, or written without the audit key)", problems);
            Assert.Contains("entry 13: its MAC is wrong (the entry was changed, or written without the audit key)", problems);
            Assert.Contains("entry 13 is not the one the anchor records: the log was rewritten", problems);
        }
    }

    private static string Quote(string? s) => s is null ? "NULL" : "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    [Fact]
    public async Task A_read_changed_in_its_table_without_an_entry_is_detected()
    {
        var problems = await TamperAsync("UPDATE reads SET siopen_spine = 6, version = version + 1 WHERE scan_id = 'S2' AND reader = 'R1';");
        Assert.Equal(["reads: the read of scan S2 by R1 differs from its last audit entry (changed in the table directly)"], problems);
    }

    [Fact]
    public async Task A_consensus_changed_in_its_table_is_detected()
    {
        var problems = await TamperAsync("UPDATE reads SET siopen_spine = 5 WHERE scan_id = 'S1' AND reader = 'consensus';");
        Assert.Equal(["reads: the read of scan S1 by consensus differs from its last audit entry (changed in the table directly)"], problems);
    }

    [Fact]
    public async Task A_read_added_or_deleted_in_its_table_is_detected()
    {
        var problems = await TamperAsync(
            "DELETE FROM reads WHERE scan_id = 'S2' AND reader = 'R1';" +
            $"INSERT INTO reads (row_order, scan_id, reader, {string.Join(", ", Layout.StudyColumns.SiopenColumns)}, extra, version) " +
            $"VALUES (99, 'S3', 'R1', {string.Join(", ", Layout.StudyColumns.SiopenColumns.Select(_ => "0"))}, '{{}}', 1);");
        Assert.Contains("reads: the read of scan S3 by R1 has no audit entry (added to the table directly)", problems);
        Assert.Contains("reads: the read of scan S2 by R1 is in the audit log but missing from the table (deleted directly)", problems);
    }

    [Fact]
    public async Task An_account_assignment_or_reader_set_changed_directly_is_detected()
    {
        var problems = await TamperAsync(
            "UPDATE workstation_users SET role = 'admin' WHERE name = 'R1';" +
            "UPDATE workstation_users SET password_hash = 'known' WHERE name = 'adj';" +
            "INSERT INTO workstation_users (name, role, password_hash, failed_logins, disabled) VALUES ('mallory', 'admin', 'x', 0, 0);" +
            "DELETE FROM workstation_assignments WHERE scan_id = 'S3';" +
            "INSERT INTO study_readers (reader) VALUES ('adj');");
        Assert.Contains("accounts: account R1 differs from its last audit entry (role, disabled or password changed directly)", problems);
        Assert.Contains("accounts: account adj differs from its last audit entry (role, disabled or password changed directly)", problems);
        Assert.Contains("accounts: account mallory has no audit entry (added to the table directly)", problems);
        Assert.Contains("assignments: scan S3 is assigned to [] but the audit log says [R1]", problems);
        Assert.Contains("study readers: the table says [R1, R2, adj] but the audit log says [R1, R2]", problems);
    }

    [Fact]
    public async Task Patients_scans_and_other_study_rows_changed_directly_are_detected_against_the_import()
    {
        // Not reads: the study itself. The import entry vouches for each table's digest as stored.
        var problems = await TamperAsync(
            "UPDATE patients SET sex = CASE WHEN sex = 'M' THEN 'F' ELSE 'M' END WHERE patient_id = (SELECT MIN(patient_id) FROM patients);" +
            "UPDATE scans SET scan_date = '2001-01-01' WHERE scan_id = 'S2';" +
            "DELETE FROM extra_columns;");
        Assert.Equal(
        [
            "patients: the table differs from what the last import stored (rows changed, added or removed directly)",
            "scans: the table differs from what the last import stored (rows changed, added or removed directly)",
        ], problems.Where(p => !p.StartsWith("extra_columns", StringComparison.Ordinal)));
        var untouched = await TamperAsync("");
        Assert.Empty(untouched);
    }

    [Fact]
    public async Task A_missing_anchor_is_reported_and_a_missing_key_refuses_to_verify()
    {
        var (spec, store) = await HistoryAsync();
        await using (store)
        {
            var files = AuditFiles.For(StoreSpec.Parse(spec), AuditDirectory);
            File.Delete(files.AnchorPath);
            Assert.Contains("the audit anchor is missing: entries removed from the end cannot be ruled out (restore the anchor from its backup)",
                (await ((IWorkstationStore)store).VerifyAuditAsync()).Problems);
        }
        await using var again = StudyStores.Open(spec, new StoreOptions { AuditDirectory = AuditDirectory });
        File.Delete(AuditFiles.For(StoreSpec.Parse(spec), AuditDirectory).KeyPath);
        var e = await Assert.ThrowsAsync<StudyStoreException>(() => ((IWorkstationStore)again).VerifyAuditAsync());
        Assert.Contains("audit key", e.Message, StringComparison.Ordinal);
        Assert.Contains("is missing", e.Message, StringComparison.Ordinal);
    }
}

/// <summary>On SQLite: the attacker edits the store file with any SQLite tool.</summary>
public sealed class SqliteAuditTamperingTests : AuditTamperingContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-tamper-").FullName;

    protected override Task<string> NewStoreSpecAsync() => Task.FromResult(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    protected override Task<DbConnection> RawAsync(string spec) => RawStoreAccess.OpenSqliteAsync(spec);

    protected override string DropGuardsSql => RawStoreAccess.SqliteDropGuardsSql;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>On PostgreSQL: the attacker connects as the tables' owner (the worst case; docs/security.md roles).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditTamperingTests(PostgresCluster cluster) : AuditTamperingContract
{
    protected override Task<string> NewStoreSpecAsync() => cluster.CreateDatabaseAsync();

    protected override Task<DbConnection> RawAsync(string spec) => RawStoreAccess.OpenPostgresAsync(spec);

    protected override string DropGuardsSql => RawStoreAccess.PostgresDropGuardsSql;
}

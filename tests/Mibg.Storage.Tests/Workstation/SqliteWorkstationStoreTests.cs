using Microsoft.Data.Sqlite;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Tests.Workstation;

/// <summary>The workstation store contract on the embedded SQLite store.</summary>
public sealed class SqliteWorkstationStoreTests : WorkstationStoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-ws-").FullName;
    private string _path = "";

    protected override async Task<IWorkstationStore> OpenEmptyAsync()
    {
        _path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".mibg");
        return await WorkstationStores.OpenAsync(_path);
    }

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var c = new SqliteConnection($"Data Source={_path};Pooling=false");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    protected override async Task DropAppendOnlyGuardAsync()
    {
        await ExecuteRawAsync("DROP TRIGGER audit_log_no_update");
        await ExecuteRawAsync("DROP TRIGGER audit_log_no_delete");
    }

    [Fact]
    public async Task Reopening_a_store_keeps_data_and_does_not_migrate_twice()
    {
        var path = Path.Combine(_dir, "reopen.mibg");
        await using (var s = await WorkstationStores.OpenAsync(path))
            await s.AddUserAsync(new WorkstationUser { Name = "R1", Role = WorkstationRole.Reader, PasswordHash = "h" }, "cli");
        await using (var s = await WorkstationStores.OpenAsync(path))
        {
            Assert.NotNull(await s.FindUserAsync("R1"));
            Assert.Single(await s.ReadAuditAsync());
            Assert.Empty((await s.VerifyAuditAsync()).Problems);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>Imports and exports in the audit chain.</summary>
public sealed class StudyAuditTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-sa-").FullName;

    [Fact]
    public async Task Imports_and_exports_are_chained_into_the_audit_log()
    {
        var path = Path.Combine(_dir, "s.db");
        await using (var study = StudyStores.Open(path))
            await study.ImportAsync(Postgres.StudyStoreSample.Study(), source: "samples/small-study");
        await StudyAudit.RecordExportAsync(path, "out/", "csv", new StudyCounts(2, 3, 2, 1));
        await using var store = await WorkstationStores.OpenAsync(path);
        var log = await store.ReadAuditAsync();
        Assert.Equal([AuditActions.Import, AuditActions.Export], log.Select(e => e.Action));
        Assert.StartsWith("{\"source\":\"samples/small-study\",\"patients\":2,\"scans\":3,\"reads\":2,\"events\":1,\"radiotherapy\":0,\"assessments\":0,\"read_digests\":[[\"S1\",\"R1\",", log[0].After);
        // Every other study table is vouched for by its digest as stored (docs/security.md).
        Assert.Contains("\"table_digests\":{\"assessments\":\"", log[0].After, StringComparison.Ordinal);
        foreach (var t in Mibg.Storage.Audit.CoveredState.StudyTableNames) Assert.Contains($"\"{t}\":\"", log[0].After, StringComparison.Ordinal);
        Assert.Equal("{\"format\":\"csv\",\"patients\":2,\"scans\":3,\"reads\":2,\"events\":1}", log[1].After);
        Assert.Empty((await store.VerifyAuditAsync()).Problems);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

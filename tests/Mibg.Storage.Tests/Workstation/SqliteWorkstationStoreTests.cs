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
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>The import/export audit helpers.</summary>
public sealed class StudyAuditTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-sa-").FullName;

    [Fact]
    public async Task Imports_and_exports_are_chained_into_the_audit_log()
    {
        var path = Path.Combine(_dir, "s.db");
        await using (var study = StudyStores.Open(path)) { }
        await StudyAudit.RecordImportAsync(path, "samples/small-study", new StudyCounts(0, 0, 0, 0), new StudyCounts(3, 6, 12, 2));
        await StudyAudit.RecordExportAsync(path, "out/", "csv", new StudyCounts(3, 6, 12, 2));
        await using var store = await WorkstationStores.OpenAsync(path);
        var log = await store.ReadAuditAsync();
        Assert.Equal([AuditActions.Import, AuditActions.Export], log.Select(e => e.Action));
        Assert.Equal("{\"patients\":3,\"scans\":6,\"reads\":12,\"events\":2}", log[0].After);
        Assert.Equal("{\"format\":\"csv\",\"patients\":3,\"scans\":6,\"reads\":12,\"events\":2}", log[1].After);
        Assert.Empty(AuditChain.Verify(log));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

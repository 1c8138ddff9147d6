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

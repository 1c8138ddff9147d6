using Mibg.Storage.Tests.Workstation;
using Mibg.Storage.Workstation;
using Npgsql;

namespace Mibg.Storage.Tests.Postgres;

/// <summary>The workstation store contract on a private PostgreSQL cluster.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkstationStoreTests(PostgresCluster cluster) : WorkstationStoreContract
{
    private string _connectionString = "";
    private readonly string _audit = Directory.CreateTempSubdirectory("mibg-audit-").FullName;

    protected override async Task<IWorkstationStore> OpenEmptyAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync();
        return await WorkstationStores.OpenAsync(_connectionString, new StoreOptions { AuditDirectory = _audit });
    }

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var c = new NpgsqlConnection(_connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override Task DropAppendOnlyGuardAsync() =>
        ExecuteRawAsync("DROP TRIGGER audit_log_no_change ON audit_log; DROP TRIGGER audit_log_no_truncate ON audit_log");

    [Fact]
    public async Task Two_processes_opening_a_new_database_at_once_migrate_it_once()
    {
        var cs = await cluster.CreateDatabaseAsync();
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WorkstationStores.OpenAsync(cs, new StoreOptions { AuditDirectory = _audit })));
        foreach (var s in stores) await s.DisposeAsync();
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM schema_version", c);
        Assert.Equal((long)Database.StoreSchema.CurrentVersion, await cmd.ExecuteScalarAsync());
    }
}

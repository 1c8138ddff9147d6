using Mibg.Storage.Tests.Postgres;
using Npgsql;

namespace Mibg.Cli.Tests.Commands.Serve;

/// <summary>
/// <c>mibg store grant</c> on the tests' real PostgreSQL: the owner sets the store up and grants the application
/// role; the daily commands then work as the application role, the owner's changes are refused with a message
/// that says whose they are, and wrong input is refused (docs/security.md, "PostgreSQL roles").
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreGrantCommandTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-grant-").FullName;
    private string Owner => "owner_" + _suffix;
    private string App => "app_" + _suffix;
    private string As(string role) => $"Host=127.0.0.1;Port={cluster.Port};Username={role};Database=grant_{_suffix}";

    public async Task InitializeAsync()
    {
        await using var c = new NpgsqlConnection(cluster.AdminConnectionString);
        await c.OpenAsync();
        foreach (var sql in new[] { $"CREATE ROLE {Owner} LOGIN", $"CREATE ROLE {App} LOGIN", $"CREATE DATABASE grant_{_suffix} OWNER {Owner}" })
            await new NpgsqlCommand(sql, c).ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    private CliRun Mibg(params string[] args) => CliRunner.Run([.. args, "--audit-dir", _dir]);

    private CliRun WithPassword(params string[] args) => CliRunner.RunWithInput("a long enough secret\n", [.. args, "--audit-dir", _dir]);

    [Fact]
    public void The_owner_grants_the_application_role_which_then_serves_but_cannot_change_accounts()
    {
        var grant = Mibg("store", "grant", "--store", As(Owner), "--app-role", App);
        Assert.True(grant.ExitCode == 0, grant.StdErr);
        Assert.StartsWith($"schema at version ", grant.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, Mibg("store", "grant", "--store", As(Owner), "--app-role", App).ExitCode); // again: same grants
        Assert.Equal(0, WithPassword("user", "add", "--store", As(Owner), "--name", "R1", "--role", "reader", "--password-stdin").ExitCode);

        var list = Mibg("user", "list", "--store", As(App));
        Assert.True(list.ExitCode == 0, list.StdErr);
        Assert.Contains("R1\treader\tactive", list.StdOut, StringComparison.Ordinal);
        foreach (var owners in new[]
                 {
                     Mibg("user", "disable", "--store", As(App), "--name", "R1"),
                     Mibg("readers", "set", "--store", As(App), "R1"),
                     WithPassword("user", "add", "--store", As(App), "--name", "R9", "--role", "admin", "--password-stdin"),
                 })
        {
            Assert.Equal(1, owners.ExitCode);
            Assert.Contains("with the owner role's connection string", owners.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain("internal failure", owners.StdErr, StringComparison.Ordinal);
        }
        var verify = Mibg("audit", "verify", "--store", As(App));
        Assert.True(verify.ExitCode == 0, verify.StdErr);
    }

    [Fact]
    public void Wrong_input_is_refused_clearly()
    {
        var sqlite = Mibg("store", "grant", "--store", Path.Combine(_dir, "s.db"), "--app-role", App);
        Assert.Equal(1, sqlite.ExitCode);
        Assert.Contains("only for PostgreSQL", sqlite.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "s.db")));
        var missing = Mibg("store", "grant", "--store", As(Owner));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--app-role: missing", missing.StdErr, StringComparison.Ordinal);
        var unknown = Mibg("store", "grant", "--store", As(Owner), "--app-role", "nobody_" + _suffix);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no PostgreSQL role", unknown.StdErr, StringComparison.Ordinal);
        var hostile = Mibg("store", "grant", "--store", As(Owner), "--app-role", "x\"; DROP TABLE reads; --");
        Assert.Equal(1, hostile.ExitCode);
        Assert.Contains("is not a role name mibg accepts", hostile.StdErr, StringComparison.Ordinal);
        var asApp = Mibg("user", "list", "--store", As(App)); // nothing granted, no schema: the app role may not create it
        Assert.Equal(1, asApp.ExitCode);
        Assert.Contains("run `mibg store grant` with the owner role's connection string first", asApp.StdErr, StringComparison.Ordinal);
    }
}

using Microsoft.Data.Sqlite;
using Mibg.Cli.Commands.Serve;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Cli.Tests.Commands.Serve;

/// <summary><c>mibg user add</c>, <c>mibg audit verify</c> and the refusals of <c>mibg serve</c>, run in-process.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-cli-serve-").FullName;
    private string Store => Path.Combine(_dir, "study.db");

    private static CliRun WithPassword(string password, params string[] args) => CliRunner.RunWithInput(password + "\n", args);

    [Fact]
    public async Task User_add_stores_a_PBKDF2_hash_never_the_password_and_audits_it()
    {
        var run = WithPassword("a long enough secret", "user", "add", "--store", Store, "--name", "R1", "--role", "reader", "--password-stdin");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("added reader R1", run.StdOut.Trim());
        await using var store = await WorkstationStores.OpenAsync(Store);
        var user = await store.FindUserAsync("R1");
        Assert.NotNull(user);
        Assert.Equal(WorkstationRole.Reader, user.Role);
        Assert.DoesNotContain("a long enough secret", user.PasswordHash);
        Assert.Equal(0x01, Convert.FromBase64String(user.PasswordHash)[0]); // Identity v3 format: PBKDF2
        Assert.True(PasswordHashing.Verify(user.PasswordHash, "a long enough secret"));
        Assert.False(PasswordHashing.Verify(user.PasswordHash, "a long enough secreT"));
        var audit = await store.ReadAuditAsync();
        Assert.Equal(AuditActions.UserAdded, Assert.Single(audit).Action);
    }

    [Theory]
    [InlineData("short", new[] { "--name", "R1", "--role", "reader", "--password-stdin" }, "password: the password is shorter than 10 characters")]
    [InlineData("a long enough secret", new[] { "--name", "R1", "--role", "boss", "--password-stdin" }, "--role: 'boss' is not a role; use one of admin, reader, adjudicator, analyst")]
    [InlineData("a long enough secret", new[] { "--name", "consensus", "--role", "reader", "--password-stdin" }, "--name: 'consensus' is reserved for the adjudicated read")]
    [InlineData("a long enough secret", new[] { "--name", "R 1", "--role", "reader", "--password-stdin" }, "--name: the name may hold only letters, digits, '_', '.' and '-'")]
    [InlineData("a long enough secret", new[] { "--name", "R1", "--role", "reader" }, "give --password-stdin and type the password on standard input")]
    public void User_add_refuses_bad_input_with_a_message_naming_the_option(string password, string[] options, string expected)
    {
        var run = WithPassword(password, ["user", "add", "--store", Store, .. options]);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("mibg: " + expected, run.StdErr.Trim());
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void A_second_account_of_the_same_name_is_refused()
    {
        Assert.Equal(0, WithPassword("a long enough secret", "user", "add", "--store", Store, "--name", "adj", "--role", "adjudicator", "--password-stdin").ExitCode);
        var again = WithPassword("a long enough secret", "user", "add", "--store", Store, "--name", "adj", "--role", "reader", "--password-stdin");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("user 'adj' already exists", again.StdErr);
    }

    [Fact]
    public void Audit_verify_passes_an_intact_log_and_fails_a_tampered_one()
    {
        WithPassword("a long enough secret", "user", "add", "--store", Store, "--name", "R1", "--role", "reader", "--password-stdin");
        WithPassword("a long enough secret", "user", "add", "--store", Store, "--name", "R2", "--role", "reader", "--password-stdin");
        var ok = CliRunner.Run("audit", "verify", "--store", Store);
        Assert.Equal(0, ok.ExitCode);
        Assert.StartsWith("audit log intact: 2 entries, last hash ", ok.StdOut);
        // By default the key and anchor sit beside the store: said plainly (review A2), without failing.
        Assert.Contains("mibg: warning: the audit key and anchor are in the store's own folder", ok.StdErr, StringComparison.Ordinal);
        var json = CliRunner.Run("audit", "verify", "--store", Store, "--json");
        Assert.Contains("\"intact\": true", json.StdOut);

        using (var c = new SqliteConnection($"Data Source={Store};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = 'R9' WHERE seq = 1;";
            cmd.ExecuteNonQuery();
        }
        var bad = CliRunner.Run("audit", "verify", "--store", Store);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("mibg: audit log: entry 1: its MAC is wrong (the entry was changed, or written without the audit key)", bad.StdErr);
        Assert.Contains("tampered with: 1 problem(s) in 2 entries", bad.StdErr);
    }

    [Fact]
    public async Task Import_and_export_are_audited_in_the_same_chain()
    {
        Assert.Equal(0, CliRunner.Run("import", Mibg.Cli.Tests.Commands.Study.StudyFolder.Sample, "--store", Store, "--today", "2026-01-01").ExitCode);
        var output = Path.Combine(_dir, "out");
        Assert.Equal(0, CliRunner.Run("export", "--store", Store, "--format", "csv", "--out", output).ExitCode);
        await using (var store = await WorkstationStores.OpenAsync(Store))
        {
            var log = await store.ReadAuditAsync();
            Assert.Equal([AuditActions.Import, AuditActions.Export], log.Select(e => e.Action));
            Assert.Equal(Mibg.Cli.Tests.Commands.Study.StudyFolder.Sample, log[0].Subject);
            Assert.StartsWith($"{{\"source\":\"{Mibg.Cli.Tests.Commands.Study.StudyFolder.Sample}\",\"patients\":8,", log[0].After);
            Assert.Equal(output, log[1].Subject);
        }
        Assert.Equal(0, CliRunner.Run("audit", "verify", "--store", Store).ExitCode);
    }

    [Fact]
    public void Audit_verify_of_a_missing_store_says_so()
    {
        var run = CliRunner.Run("audit", "verify", "--store", Path.Combine(_dir, "none.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no store at", run.StdErr);
        Assert.False(File.Exists(Path.Combine(_dir, "none.db")));
    }

    [Fact]
    public void Serve_refuses_a_bad_address_and_a_missing_image_folder_before_starting()
    {
        var url = CliRunner.Run("serve", "--store", Store, "--urls", "localhost-5080");
        Assert.Equal(1, url.ExitCode);
        Assert.Equal("mibg: --urls: 'localhost-5080' is not an address like http://127.0.0.1:5080", url.StdErr.Trim());
        var images = CliRunner.Run("serve", "--store", Store, "--images", Path.Combine(_dir, "nope"));
        Assert.Equal(1, images.ExitCode);
        Assert.Contains("--images: folder", images.StdErr);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

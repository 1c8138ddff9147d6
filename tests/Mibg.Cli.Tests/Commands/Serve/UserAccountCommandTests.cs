using Microsoft.Data.Sqlite;
using Mibg.Storage;
using Mibg.Storage.Audit;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Cli.Tests.Commands.Serve;

/// <summary>
/// <c>mibg user list|disable|enable|reset-password|unlock</c> and <c>mibg readers set|list</c>, run in-process on a
/// real store file: each change reaches the store, is audited, and the audit still verifies; wrong input is refused.
/// </summary>
public sealed class UserAccountCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-cli-users-").FullName;
    private string Store => Path.Combine(_dir, "study.db");
    private const string Secret = "a long enough secret";

    private static CliRun WithPassword(string password, params string[] args) => CliRunner.RunWithInput(password + "\n", args);

    private void Add(string name, string role) =>
        Assert.Equal(0, WithPassword(Secret, "user", "add", "--store", Store, "--name", name, "--role", role, "--password-stdin").ExitCode);

    [Fact]
    public async Task The_account_commands_change_the_store_and_each_change_is_audited()
    {
        Add("R1", "reader");
        Add("R2", "reader");
        Add("adj", "adjudicator");
        Assert.Equal(0, CliRunner.Run("readers", "set", "--store", Store, "R2", "R1").ExitCode);
        Assert.Equal("R1\nR2", CliRunner.Run("readers", "list", "--store", Store).StdOut.Trim().ReplaceLineEndings("\n"));
        Add("R3", "reader"); // a new account does not join the study's readers
        Assert.Equal("R1\nR2", CliRunner.Run("readers", "list", "--store", Store).StdOut.Trim().ReplaceLineEndings("\n"));

        string session;
        await using (var store = await WorkstationStores.OpenAsync(Store))
        {
            session = await store.CreateSessionAsync("R1", TimeSpan.FromHours(8));
            for (var i = 0; i < 5; i++) await store.BeginLoginAttemptAsync("R2", 5, TimeSpan.FromMinutes(15));
        }
        Assert.Equal("disabled R1; its sessions are ended", CliRunner.Run("user", "disable", "--store", Store, "--name", "R1").StdOut.Trim());
        var list = CliRunner.Run("user", "list", "--store", Store).StdOut;
        Assert.Contains("R1\treader\tdisabled\tstudy reader", list);
        Assert.Contains("R2\treader\tlocked until ", list);
        Assert.Contains("R3\treader\tactive", list);
        Assert.DoesNotContain("AQAAAA", list); // no password hash is ever shown
        Assert.Equal(0, CliRunner.Run("user", "unlock", "--store", Store, "--name", "R2").ExitCode);
        Assert.Equal(0, CliRunner.Run("user", "enable", "--store", Store, "--name", "R1").ExitCode);
        Assert.Equal(0, WithPassword("another long secret", "user", "reset-password", "--store", Store, "--name", "adj", "--password-stdin").ExitCode);

        await using (var store = await WorkstationStores.OpenAsync(Store))
        {
            Assert.Null(await store.TouchSessionAsync(session, TimeSpan.FromHours(1))); // ended by the disable, not revived by enable
            var r1 = await store.FindUserAsync("R1");
            Assert.False(r1!.Disabled);
            var r2 = await store.FindUserAsync("R2");
            Assert.Equal((0, (DateTimeOffset?)null), (r2!.FailedLogins, r2.LockedUntil));
            Assert.True(PasswordHashing.Verify((await store.FindUserAsync("adj"))!.PasswordHash, "another long secret"));
            var actions = (await store.ReadAuditAsync()).Select(e => e.Action).ToArray();
            Assert.Equal([AuditActions.UserAdded, AuditActions.UserAdded, AuditActions.UserAdded, AuditActions.StudyReaders, AuditActions.UserAdded,
                AuditActions.UserDisabled, AuditActions.UserUnlocked, AuditActions.UserEnabled, AuditActions.PasswordReset], actions);
        }
        Assert.Equal(0, CliRunner.Run("audit", "verify", "--store", Store).ExitCode);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("unlock")]
    public void An_unknown_or_missing_account_is_refused_clearly(string command)
    {
        Add("R1", "reader");
        var unknown = CliRunner.Run("user", command, "--store", Store, "--name", "nobody");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no account 'nobody'", unknown.StdErr);
        var missing = CliRunner.Run("user", command, "--store", Store);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--name: missing", missing.StdErr);
        var hostile = CliRunner.Run("user", command, "--store", Store, "--name", "x'; DROP TABLE workstation_users;--");
        Assert.Equal(1, hostile.ExitCode);
        Assert.Contains("--name: the name may hold only letters", hostile.StdErr);
    }

    [Fact]
    public void Reset_password_reads_standard_input_only_and_checks_the_password()
    {
        Add("R1", "reader");
        Assert.Equal(1, CliRunner.Run("user", "reset-password", "--store", Store, "--name", "R1").ExitCode);
        var weak = WithPassword("short", "user", "reset-password", "--store", Store, "--name", "R1", "--password-stdin");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("password:", weak.StdErr);
    }

    [Fact]
    public void Study_readers_must_be_reader_accounts()
    {
        Add("R1", "reader");
        Add("adj", "adjudicator");
        var run = CliRunner.Run("readers", "set", "--store", Store, "R1", "adj");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("adj is not a reader account", run.StdErr);
        Assert.Equal("", CliRunner.Run("readers", "list", "--store", Store).StdOut.Trim());
        Assert.Equal(1, CliRunner.Run("readers", "set", "--store", Store).ExitCode);
    }

    [Fact]
    public void The_account_commands_do_not_create_a_store()
    {
        var run = CliRunner.Run("user", "list", "--store", Path.Combine(_dir, "none.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no store at", run.StdErr);
        Assert.False(File.Exists(Path.Combine(_dir, "none.db")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_store_its_audit_key_and_anchor_are_readable_by_their_owner_only()
    {
        Add("R1", "reader");
        var files = AuditFiles.For(StoreSpec.Parse(Store), null);
        foreach (var f in new[] { Store, files.KeyPath, files.AnchorPath })
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

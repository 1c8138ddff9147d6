using Mibg.Storage.Workstation;
using Mibg.Web.Security;

namespace Mibg.Web.Tests.Security;

/// <summary>Lockout after repeated failures, and its end, with a clock the test moves.</summary>
public sealed class LoginServiceTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-login-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private IWorkstationStore _store = null!;
    private LoginService _login = null!;
    private const string Password = "right password here";

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    public async Task InitializeAsync()
    {
        _store = await WorkstationStores.OpenAsync(Path.Combine(_dir, "s.db"), _clock);
        await _store.AddUserAsync(new WorkstationUser { Name = "R1", Role = WorkstationRole.Reader, PasswordHash = PasswordHashing.Hash(Password) }, "test");
        _login = new LoginService(_store);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_then_it_opens_again()
    {
        for (var i = 0; i < LoginService.MaxFailures - 1; i++)
            Assert.Equal(LoginService.WrongCredentials, (await _login.LoginAsync("R1", "wrong")).Refusal);
        Assert.NotNull((await _login.LoginAsync("R1", Password)).User); // 4 failures: not locked; success resets
        for (var i = 0; i < LoginService.MaxFailures; i++) await _login.LoginAsync("R1", "wrong");
        var locked = await _login.LoginAsync("R1", Password);
        Assert.Null(locked.User);
        Assert.Equal(LoginService.WrongCredentials, locked.Refusal); // the same words as for an unknown account
        _clock.Now = _clock.Now.AddMinutes(14);
        Assert.Null((await _login.LoginAsync("R1", Password)).User);
        _clock.Now = _clock.Now.AddMinutes(1).AddSeconds(1);
        Assert.NotNull((await _login.LoginAsync("R1", Password)).User);
        var audit = await _store.ReadAuditAsync();
        Assert.Equal(2, audit.Count(e => e.Action == AuditActions.Login));
        Assert.Equal(2 * LoginService.MaxFailures - 1 + 2, audit.Count(e => e.Action == AuditActions.LoginFailed));
        Assert.Empty((await _store.VerifyAuditAsync()).Problems);
    }

    [Fact]
    public async Task Unknown_names_and_empty_input_are_refused_with_the_same_message()
    {
        Assert.Equal(LoginService.WrongCredentials, (await _login.LoginAsync("nobody", Password)).Refusal);
        Assert.Equal(LoginService.WrongCredentials, (await _login.LoginAsync(null, null)).Refusal);
        Assert.Equal(LoginService.WrongCredentials, (await _login.LoginAsync(new string('x', 5000), Password)).Refusal);
    }
}

using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage.Audit;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary><c>mibg user list --store S [--json]</c>.</summary>
internal sealed class UserListSettings : StoreSettings
{
    [CommandOption("--json")]
    [Description("Print the accounts as JSON: [{name, role, disabled, locked_until, failed_logins}].")]
    public bool Json { get; init; }
}

/// <summary>Lists the accounts: name, role, whether disabled or locked. Never a password hash.</summary>
internal sealed class UserListCommand(CliOutput output) : AsyncCommand<UserListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UserListSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpening.OpenWorkstationAsync(settings, createIfMissing: false);
        var users = await store.ListUsersAsync(cancellationToken);
        var readers = (await store.GetStudyReadersAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (settings.Json)
        {
            CliJson.Write(output, users.Select(u => new
            {
                name = u.Name, role = u.Role.Code(), disabled = u.Disabled, study_reader = readers.Contains(u.Name),
                locked_until = u.LockedUntil is { } l ? AuditChain.FormatTime(l) : null, failed_logins = u.FailedLogins,
            }).ToArray());
            return ExitCodes.Success;
        }
        foreach (var u in users)
        {
            var state = u.Disabled ? "disabled" : u.LockedUntil is { } l ? $"locked until {AuditChain.FormatTime(l)}" : "active";
            output.Out.WriteLine($"{u.Name}\t{u.Role.Code()}\t{state}" + (readers.Contains(u.Name) ? "\tstudy reader" : ""));
        }
        if (users.Count == 0) output.Err.WriteLine("no accounts yet; add one with mibg user add");
        return ExitCodes.Success;
    }
}

/// <summary>The <c>--name</c> of an existing account.</summary>
internal class UserNameSettings : StoreSettings
{
    [CommandOption("--name <N>")]
    [Description("The account.")]
    public string? Name { get; init; }

    /// <summary>The name, checked.</summary>
    public string CheckedName() =>
        string.IsNullOrEmpty(Name) ? throw new UserInputException("--name: missing; give the account name (mibg user list shows them)")
        : WorkstationUser.ProblemWithName(Name) is { } p ? throw new UserInputException($"--name: {p}") : Name;
}

/// <summary>What one account command does to the store, and what it then says.</summary>
internal abstract class UserChangeCommand<TSettings>(CliOutput output) : AsyncCommand<TSettings> where TSettings : UserNameSettings
{
    protected CliOutput Output => output;

    protected abstract Task<string> ChangeAsync(IWorkstationStore store, string name, TSettings settings, CancellationToken ct);

    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var name = settings.CheckedName();
        await using var store = await StoreOpening.OpenWorkstationAsync(settings, createIfMissing: false);
        try
        {
            output.Out.WriteLine(await ChangeAsync(store, name, settings, cancellationToken));
        }
        catch (WorkstationStoreException e)
        {
            throw new UserInputException($"--name: {e.Message}");
        }
        return ExitCodes.Success;
    }
}

/// <summary><c>mibg user disable</c>: no more logins; every session of the account ends now. Audited.</summary>
internal sealed class UserDisableCommand(CliOutput output) : UserChangeCommand<UserNameSettings>(output)
{
    protected override async Task<string> ChangeAsync(IWorkstationStore store, string name, UserNameSettings settings, CancellationToken ct)
    {
        await store.SetDisabledAsync(name, true, "cli", ct);
        return $"disabled {name}; its sessions are ended";
    }
}

/// <summary><c>mibg user enable</c>: a disabled account may log in again. Audited.</summary>
internal sealed class UserEnableCommand(CliOutput output) : UserChangeCommand<UserNameSettings>(output)
{
    protected override async Task<string> ChangeAsync(IWorkstationStore store, string name, UserNameSettings settings, CancellationToken ct)
    {
        await store.SetDisabledAsync(name, false, "cli", ct);
        return $"enabled {name}";
    }
}

/// <summary><c>mibg user unlock</c>: clears the failed-login count and the lock. Audited.</summary>
internal sealed class UserUnlockCommand(CliOutput output) : UserChangeCommand<UserNameSettings>(output)
{
    protected override async Task<string> ChangeAsync(IWorkstationStore store, string name, UserNameSettings settings, CancellationToken ct)
    {
        await store.UnlockAsync(name, "cli", ct);
        return $"unlocked {name}";
    }
}

/// <summary><c>mibg user reset-password --password-stdin</c>.</summary>
internal sealed class UserResetPasswordSettings : UserNameSettings
{
    [CommandOption("--password-stdin")]
    [Description("Read the new password from standard input (first line).")]
    public bool PasswordStdin { get; init; }
}

/// <summary><c>mibg user reset-password</c>: a new password (PBKDF2 hash); sessions end, the lock clears. Audited.</summary>
internal sealed class UserResetPasswordCommand(CliOutput output) : UserChangeCommand<UserResetPasswordSettings>(output)
{
    protected override async Task<string> ChangeAsync(IWorkstationStore store, string name, UserResetPasswordSettings settings, CancellationToken ct)
    {
        if (!settings.PasswordStdin)
            throw new UserInputException("give --password-stdin and type the new password on standard input (passwords are never taken from the command line)");
        var password = (await Output.In.ReadLineAsync(ct))?.TrimEnd('\r') ?? "";
        if (PasswordHashing.ProblemWith(password) is { } problem) throw new UserInputException($"password: {problem}");
        await store.ResetPasswordAsync(name, PasswordHashing.Hash(password), "cli", ct);
        return $"new password set for {name}; its sessions are ended";
    }
}

/// <summary><c>mibg readers set --store S R1 R2 …</c> and <c>mibg readers list</c>.</summary>
internal sealed class ReadersSettings : StoreSettings
{
    [CommandArgument(0, "[READERS]")]
    [Description("The reader accounts who read every scan without an explicit assignment (set only).")]
    public string[] Readers { get; init; } = [];
}

/// <summary>Sets the study's readers: a defined set, so adding an account never changes who must read a scan. Audited.</summary>
internal sealed class ReadersSetCommand(CliOutput output) : AsyncCommand<ReadersSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReadersSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Readers.Length == 0) throw new UserInputException("give the reader accounts, e.g. mibg readers set --store mibg.db R1 R2");
        await using var store = await StoreOpening.OpenWorkstationAsync(settings, createIfMissing: false);
        try
        {
            await store.SetStudyReadersAsync(settings.Readers, "cli", cancellationToken);
        }
        catch (WorkstationStoreException e)
        {
            throw new UserInputException($"READERS: {e.Message}");
        }
        output.Out.WriteLine($"the study's readers: {string.Join(", ", await store.GetStudyReadersAsync(cancellationToken))}");
        return ExitCodes.Success;
    }
}

/// <summary>Lists the study's readers, one per line.</summary>
internal sealed class ReadersListCommand(CliOutput output) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpening.OpenWorkstationAsync(settings, createIfMissing: false);
        foreach (var r in await store.GetStudyReadersAsync(cancellationToken)) output.Out.WriteLine(r);
        return ExitCodes.Success;
    }
}

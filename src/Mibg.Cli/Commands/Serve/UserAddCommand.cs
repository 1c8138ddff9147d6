using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage.Workstation;
using Mibg.Web.Security;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary><c>mibg user add --store S --name N --role R --password-stdin</c>.</summary>
internal sealed class UserAddSettings : StoreSettings
{
    [CommandOption("--name <N>")]
    [Description("Account name; for a reader, the reader code written in the reads table (e.g. R1).")]
    public string? Name { get; init; }

    [CommandOption("--role <R>")]
    [Description("admin, reader, adjudicator or analyst.")]
    public string? Role { get; init; }

    [CommandOption("--password-stdin")]
    [Description("Read the password from standard input (first line).")]
    public bool PasswordStdin { get; init; }
}

/// <summary>Creates a workstation account with a PBKDF2 password hash; audited.</summary>
internal sealed class UserAddCommand(CliOutput output) : AsyncCommand<UserAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UserAddSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(settings.Name)) throw new UserInputException("--name: missing; give the account name (for a reader, the reader code, e.g. R1)");
        if (WorkstationUser.ProblemWithName(settings.Name) is { } nameProblem) throw new UserInputException($"--name: {nameProblem}");
        var role = WorkstationRoles.Parse(settings.Role ?? "")
            ?? throw new UserInputException($"--role: '{settings.Role}' is not a role; use one of {string.Join(", ", WorkstationRoles.All.Select(r => r.Code()))}");
        if (!settings.PasswordStdin)
            throw new UserInputException("give --password-stdin and type the password on standard input (passwords are never taken from the command line)");
        var password = (await output.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
        if (PasswordHashing.ProblemWith(password) is { } passwordProblem) throw new UserInputException($"password: {passwordProblem}");
        await using var store = await StoreOpening.OpenWorkstationAsync(settings, createIfMissing: true);
        try
        {
            await store.AddUserAsync(new WorkstationUser { Name = settings.Name, Role = role, PasswordHash = PasswordHashing.Hash(password) }, "cli", cancellationToken);
        }
        catch (WorkstationStoreException e)
        {
            throw new UserInputException($"--name: {e.Message}");
        }
        output.Out.WriteLine($"added {role.Code()} {settings.Name}");
        return ExitCodes.Success;
    }
}

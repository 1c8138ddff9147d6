using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary><c>mibg store grant --store OWNER --app-role ROLE</c>.</summary>
internal sealed class StoreGrantSettings : StoreSettings
{
    [CommandOption("--app-role <ROLE>")]
    [Description("The existing PostgreSQL role `mibg serve` will connect as; it gets only the DML the server needs (docs/security.md).")]
    public string? AppRole { get; init; }
}

/// <summary>
/// Creates or migrates a PostgreSQL store as its owner and grants the application role only what the server
/// needs (docs/security.md, "PostgreSQL roles"). Run again after upgrading mibg.
/// </summary>
internal sealed class StoreGrantCommand(CliOutput output) : AsyncCommand<StoreGrantSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreGrantSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(settings.AppRole)) throw new UserInputException("--app-role: missing; name the role mibg serve connects as, e.g. --app-role mibg_app");
        if (!StudyStores.IsPostgreSql(settings.Store))
            throw new UserInputException("--store: give the owner role's PostgreSQL connection string; an application role exists only for PostgreSQL (a SQLite store is protected by its file's owner)");
        try
        {
            await ApplicationRole.GrantAsync(settings.Store, settings.AppRole, StoreOptions.Default with { AuditDirectory = settings.AuditDir }, cancellationToken);
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException(e.Message);
        }
        output.Out.WriteLine($"schema at version {Mibg.Storage.Database.StoreSchema.CurrentVersion}; role {settings.AppRole} may now read the study, take reads and consensus reads, append to the audit log and keep sessions — nothing else");
        return ExitCodes.Success;
    }
}

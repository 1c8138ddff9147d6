using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary>Registers the serve commands of design/cli.md: <c>serve</c>, <c>user add|list|disable|enable|reset-password|unlock</c>, <c>readers set|list</c>, <c>store grant</c>, <c>audit verify</c>.</summary>
internal static class ServeCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Start the reader workstation (web): blinded double reading, adjudication, agreement, audit. Binds 127.0.0.1:5080 unless --urls says otherwise.")
            .WithExample("serve", "--store", "mibg.db")
            .WithExample("serve", "--store", "mibg.db", "--urls", "http://127.0.0.1:8080");
        config.AddBranch("user", user =>
        {
            user.SetDescription("Workstation accounts.");
            user.AddCommand<UserAddCommand>("add")
                .WithDescription("Create an account; the password is read from standard input (never from the command line).")
                .WithExample("user", "add", "--store", "mibg.db", "--name", "R1", "--role", "reader", "--password-stdin");
            user.AddCommand<UserListCommand>("list")
                .WithDescription("List the accounts: name, role, active, disabled or locked, and whether a study reader.")
                .WithExample("user", "list", "--store", "mibg.db");
            user.AddCommand<UserDisableCommand>("disable")
                .WithDescription("Disable an account: no more logins, its sessions end now. Audited.")
                .WithExample("user", "disable", "--store", "mibg.db", "--name", "R1");
            user.AddCommand<UserEnableCommand>("enable")
                .WithDescription("Enable a disabled account again. Audited.")
                .WithExample("user", "enable", "--store", "mibg.db", "--name", "R1");
            user.AddCommand<UserResetPasswordCommand>("reset-password")
                .WithDescription("Set a new password (read from standard input); the account's sessions end and its lock clears. Audited.")
                .WithExample("user", "reset-password", "--store", "mibg.db", "--name", "R1", "--password-stdin");
            user.AddCommand<UserUnlockCommand>("unlock")
                .WithDescription("Clear an account's failed logins and lock. Audited.")
                .WithExample("user", "unlock", "--store", "mibg.db", "--name", "R1");
        });
        config.AddBranch("readers", readers =>
        {
            readers.SetDescription("The study's readers: the defined set who read every scan without an explicit assignment.");
            readers.AddCommand<ReadersSetCommand>("set")
                .WithDescription("Set the study's readers (reader accounts). Adding an account later changes nothing until you set them again. Audited.")
                .WithExample("readers", "set", "--store", "mibg.db", "R1");
            readers.AddCommand<ReadersListCommand>("list")
                .WithDescription("List the study's readers.")
                .WithExample("readers", "list", "--store", "mibg.db");
        });
        config.AddBranch("store", store =>
        {
            store.SetDescription("The study database itself (PostgreSQL owner and application roles).");
            store.AddCommand<StoreGrantCommand>("grant")
                .WithDescription("As the owner role: create or upgrade the schema, and grant the application role (mibg serve's connection) only the DML it needs. Run again after upgrading mibg.")
                .WithExample("store", "grant", "--store", "Host=db;Database=mibg;Username=mibg_owner", "--app-role", "mibg_app");
        });
        config.AddBranch("audit", audit =>
        {
            audit.SetDescription("The append-only audit log, chained with a keyed MAC (docs/security.md).");
            audit.AddCommand<AuditVerifyCommand>("verify")
                .WithDescription("Check the audit log with its key and anchor, and the reads, accounts and assignments against it. Exit 1 when anything was changed, removed, inserted or reordered.")
                .WithExample("audit", "verify", "--store", "mibg.db");
        });
    }
}

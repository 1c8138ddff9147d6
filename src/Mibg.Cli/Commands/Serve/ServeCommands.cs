using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary>Registers the serve commands of design/cli.md: <c>serve</c>, <c>user add</c>, <c>audit verify</c>.</summary>
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
        });
        config.AddBranch("audit", audit =>
        {
            audit.SetDescription("The append-only, hash-chained audit log.");
            audit.AddCommand<AuditVerifyCommand>("verify")
                .WithDescription("Check that no audit entry was changed, removed or inserted (SHA-256 chain). Exit 1 when it was.")
                .WithExample("audit", "verify", "--store", "mibg.db");
        });
    }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary>The <c>--store</c> option shared by the serve commands.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <S>")]
    [Description("The study store: a SQLite file (default mibg.db) or a PostgreSQL connection string, quoted for the shell: --store 'Host=…;Database=…;Username=…'.")]
    public string Store { get; init; } = Mibg.Storage.StudyStores.DefaultPath;

    [CommandOption("--audit-dir <DIR>")]
    [Description("Folder of the audit key and anchor (docs/security.md); default: $MIBG_AUDIT_DIR, else beside a SQLite store, else ~/.config/mibg/audit for PostgreSQL. Keep it where the database's writers cannot write.")]
    public string? AuditDir { get; init; }
}

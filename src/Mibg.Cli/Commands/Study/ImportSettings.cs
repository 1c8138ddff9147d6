using System.ComponentModel;
using Mibg.Storage;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary>Arguments of <c>mibg import</c>.</summary>
internal sealed class ImportSettings : StudySettings
{
    [CommandOption("--store <STORE>")]
    [Description("Where to store the study: an SQLite file path (default ./mibg.db) or a PostgreSQL connection string, quoted for the shell: --store 'Host=…;Database=…;Username=…'.")]
    public string Store { get; init; } = StudyStores.DefaultPath;

    [CommandOption("--audit-dir <DIR>")]
    [Description("Folder of the audit key and anchor (docs/security.md); default: $MIBG_AUDIT_DIR, else beside a SQLite store, else ~/.config/mibg/audit for PostgreSQL. Keep it where the database's writers cannot write.")]
    public string? AuditDir { get; init; }

    [CommandOption("--replace")]
    [Description("Replace the study already in the store (without it, importing into a non-empty store is refused).")]
    public bool Replace { get; init; }
}

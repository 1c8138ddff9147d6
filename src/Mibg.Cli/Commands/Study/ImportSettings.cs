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

    [CommandOption("--replace")]
    [Description("Replace the study already in the store (without it, importing into a non-empty store is refused).")]
    public bool Replace { get; init; }
}

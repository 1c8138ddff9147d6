using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary>The <c>--store</c> option shared by the serve commands.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <S>")]
    [Description("The study store: a SQLite file (default mibg.db) or a PostgreSQL connection string, quoted for the shell: --store 'Host=…;Database=…;Username=…'.")]
    public string Store { get; init; } = Mibg.Storage.StudyStores.DefaultPath;
}

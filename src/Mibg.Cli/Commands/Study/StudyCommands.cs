using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary>Registers the study commands of design/cli.md.</summary>
internal static class StudyCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check a study (an .xlsx workbook or a folder of four CSV files) against the data dictionary; prints every problem as file:row:column: severity CODE: message. Exit 1 on any error.")
            .WithExample("validate", "samples/small-study")
            .WithExample("validate", "samples/small-study/small-study.xlsx", "--json");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Validate a study, then store it all-or-nothing in an embedded SQLite file (default ./mibg.db) or a PostgreSQL server.")
            .WithExample("import", "samples/small-study")
            .WithExample("import", "samples/small-study/small-study.xlsx", "--store", "study.db", "--replace");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Export the stored study as a CSV folder or an .xlsx workbook that imports back unchanged.")
            .WithExample("export", "--store", "mibg.db", "--format", "csv", "--out", "exported-study")
            .WithExample("export", "--store", "mibg.db", "--format", "xlsx", "--out", "study.xlsx");
    }
}

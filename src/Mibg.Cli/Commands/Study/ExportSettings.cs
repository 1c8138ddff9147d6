using System.ComponentModel;
using Mibg.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary>Arguments of <c>mibg export</c>.</summary>
internal sealed class ExportSettings : CommandSettings
{
    /// <summary>The formats of design/cli.md.</summary>
    public static readonly string[] Formats = ["csv", "xlsx", "adtte", "redcap"];

    [CommandOption("--store <STORE>")]
    [Description("The store to export: an SQLite file path (default ./mibg.db) or a PostgreSQL connection string.")]
    public string Store { get; init; } = StudyStores.DefaultPath;

    [CommandOption("--audit-dir <DIR>")]
    [Description("Folder of the audit key and anchor (docs/security.md); default: $MIBG_AUDIT_DIR, else beside a SQLite store, else ~/.config/mibg/audit for PostgreSQL. Keep it where the database's writers cannot write.")]
    public string? AuditDir { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("csv (a folder of four CSV files) or xlsx (one workbook); both import back unchanged. adtte and redcap: not supported yet.")]
    public string? Format { get; init; }

    [CommandOption("--out <PATH>")]
    [Description("The folder (csv) or .xlsx file (xlsx) to write.")]
    public string? Out { get; init; }

    [CommandOption("--force")]
    [Description("Overwrite the study files already at --out.")]
    public bool Force { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is null) return ValidationResult.Error("--format is required (csv or xlsx)");
        if (!Formats.Contains(Format)) return ValidationResult.Error($"--format '{Format}' is not one of {string.Join(", ", Formats)}");
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out is required (a folder for csv, a .xlsx file for xlsx)");
        return ValidationResult.Success();
    }
}

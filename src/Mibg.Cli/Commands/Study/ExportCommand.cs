using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Mibg.Storage.Export;
using Mibg.Storage.Layout;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary><c>mibg export --store S --format csv|xlsx --out PATH</c>.</summary>
internal sealed class ExportCommand(CliOutput output) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var format = settings.Format!;
        var destination = settings.Out!;
        if (format is "adtte" or "redcap")
            throw new UserInputException($"--format {format} is not supported yet in this version of mibg; use csv or xlsx");
        CheckOutput(format, destination, settings.Force);
        try
        {
            if (!StudyStores.IsPostgreSql(settings.Store) && !File.Exists(settings.Store))
                throw new UserInputException($"no store at '{settings.Store}'; import a study first (mibg import STUDY --store {settings.Store})");
            await using var store = StudyStores.Open(settings.Store, StoreOptions.Default with { CreateIfMissing = false, AuditDirectory = settings.AuditDir });
            var study = await store.LoadAsync(cancellationToken);
            if (format == "csv") StudyExport.ToCsvFolder(study, destination);
            else StudyExport.ToXlsx(study, destination);
            var counts = DiagnosticsOutput.Counts(study);
            await Mibg.Storage.Workstation.StudyAudit.RecordExportAsync((Mibg.Storage.Workstation.IWorkstationStore)store, destination, format, counts, cancellationToken: cancellationToken);
            if (settings.Json)
                CliJson.Write(output, new { store = store.Description, format, @out = destination, counts = DiagnosticsOutput.Json(counts) });
            else
                output.Out.WriteLine($"exported {counts} from {store.Description} to {destination}");
            return ExitCodes.Success;
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot write {destination}: {e.Message}");
        }
    }

    private static void CheckOutput(string format, string output, bool force)
    {
        if (format == "csv")
        {
            if (File.Exists(output))
                throw new UserInputException($"--out {output} is a file; csv export writes a folder");
            var existing = StudyTables.All.Select(t => Path.Combine(output, StudyTables.CsvFileName(t))).Where(File.Exists).ToArray();
            if (existing.Length > 0 && !force)
                throw new UserInputException($"{output} already holds {string.Join(", ", existing.Select(Path.GetFileName))}; add --force to overwrite, or choose another --out");
        }
        else
        {
            if (Directory.Exists(output))
                throw new UserInputException($"--out {output} is a folder; xlsx export writes one file, e.g. {Path.Combine(output, "study.xlsx")}");
            if (!output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                throw new UserInputException($"--out {output} should end in .xlsx");
            if (File.Exists(output) && !force)
                throw new UserInputException($"{output} already exists; add --force to overwrite, or choose another --out");
            var dir = Path.GetDirectoryName(Path.GetFullPath(output));
            if (dir is not null && !Directory.Exists(dir))
                throw new UserInputException($"folder {dir} does not exist");
        }
    }
}

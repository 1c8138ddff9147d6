using Mibg.Cli.Infrastructure;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary><c>mibg import STUDY [--store S]</c>: validate, then store all-or-nothing in one transaction.</summary>
internal sealed class ImportCommand(CliOutput output) : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var result = StudyReading.Read(output, settings);
        if (!settings.Json || result.HasErrors) DiagnosticsOutput.Print(output, result);
        if (result.Study is not { } study)
        {
            output.Err.WriteLine($"{settings.Study}: not imported (the store was not touched); fix the errors above first");
            return ExitCodes.InvalidInput;
        }
        try
        {
            await using var store = StudyStores.Open(settings.Store, StoreOptions.Default with { AuditDirectory = settings.AuditDir });
            var before = await store.GetCountsAsync(cancellationToken);
            if (!before.IsEmpty && !settings.Replace)
                throw new UserInputException($"{store.Description} already holds a study ({before}); add --replace to replace it, or give another --store");
            var counts = await Import(store, study, settings.Study, cancellationToken);
            var version = await store.GetSchemaVersionAsync(cancellationToken);
            if (settings.Json)
                CliJson.Write(output, new
                {
                    study = settings.Study,
                    store = store.Description,
                    schema_version = version,
                    replaced = !before.IsEmpty,
                    counts = DiagnosticsOutput.Json(counts),
                    warnings = result.Diagnostics.Select(DiagnosticsOutput.Json).ToArray(),
                });
            else
                output.Out.WriteLine($"imported {counts} into {store.Description}{(before.IsEmpty ? "" : $" (replacing {before})")}");
            return ExitCodes.Success;
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException(e.Message);
        }
        catch (OperationCanceledException)
        {
            output.Err.WriteLine("import cancelled; the store was left as it was");
            return ExitCodes.InvalidInput;
        }
    }

    private async Task<StudyCounts> Import(IStudyStore store, StudyData study, string source, CancellationToken cancellationToken)
    {
        if (!output.IsInteractive)
        {
            // no progress bar without a terminal: one line, so a log shows when the write started
            var rows = study.Patients.Count + study.Scans.Count + study.Reads.Count + study.Events.Count;
            output.Err.WriteLine($"importing {rows} rows into {store.Description} (all or nothing)");
            output.Err.Flush();
            return await store.ImportAsync(study, null, cancellationToken, source);
        }
        StudyCounts counts = null!;
        await output.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("importing");
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = $"importing {p.Table}";
                });
                counts = await Task.Run(() => store.ImportAsync(study, progress, cancellationToken, source), cancellationToken);
            });
        return counts;
    }
}

using System.Diagnostics;
using System.Globalization;
using Mibg.Analysis;
using Mibg.Analysis.Demo;
using Mibg.Cli.Infrastructure;
using Mibg.Core.Plan;
using Mibg.Storage;
using Mibg.Storage.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>
/// <c>mibg demo</c>: generate the synthetic demo study, write it as CSV (DIR/study/; xlsx with --xlsx), store it in an
/// embedded SQLite database (DIR/mibg-demo.db), load it back from there, run the default plan and write
/// results.json and the report into DIR. One line of progress per step.
/// </summary>
internal sealed class DemoCommand(CliOutput output) : AsyncCommand<DemoSettings>
{
    public const string DatabaseFile = "mibg-demo.db";
    public const string StudyFolder = "study";
    public const string WorkbookFile = "demo-study.xlsx";

    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var i = CultureInfo.InvariantCulture;
        void Step(int n, string what) => output.Console.MarkupLine(Markup.Escape(string.Create(i, $"[{n}/5] {what} ({clock.Elapsed.TotalSeconds:0.0} s)")));
        var outDir = settings.Out;
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{outDir}: cannot create the output folder ({e.Message})");
        }

        var study = DemoStudy.Generate(settings.Seed);
        Step(1, $"generated the synthetic cohort, seed {settings.Seed}: {study.Patients.Count} patients, {study.Scans.Count} scans, {study.Reads.Count} reads, {study.Events.Count} events");

        var studyDir = Path.Combine(outDir, StudyFolder);
        StudyExport.ToCsvFolder(study, studyDir);
        if (settings.Xlsx) StudyExport.ToXlsx(study, Path.Combine(studyDir, WorkbookFile));
        Step(2, $"wrote the study as CSV{(settings.Xlsx ? " and xlsx" : "")} to {studyDir}");

        var dbPath = Path.Combine(outDir, DatabaseFile);
        if (File.Exists(dbPath)) File.Delete(dbPath);
        Core.Study.StudyData stored;
        await using (var store = StudyStores.Open(dbPath))
        {
            await store.ImportAsync(study, null, cancellationToken);
            stored = await store.LoadAsync(cancellationToken);
        }
        Step(3, $"stored it in the embedded database {dbPath} and loaded it back");

        var results = StudyAnalysis.Run(stored, DemoStudy.Plan);
        Step(4, "ran the default analysis plan, with the seed study's published figures beside the results");

        var written = AnalysisOutput.Write(results, outDir);
        Step(5, $"wrote results.json and the report ({written.Count} files: report.html, report.pdf, figures/, tables/) to {outDir}");
        Summary.Print(output, results);
        var matched = results.Published.Count(f => f.Match);
        output.Console.MarkupLine(Markup.Escape(string.Create(i,
            $"published figures reproduced: {matched} of {results.Published.Count} (the one that differs is explained in results.json 'published'); done in {clock.Elapsed.TotalSeconds:0.0} s")));
        return ExitCodes.Success;
    }
}

using System.Globalization;
using Mibg.Analysis;
using Mibg.Analysis.Results;
using Mibg.Cli.Commands.Study;
using Mibg.Cli.Infrastructure;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary><c>mibg analyze</c>: read the study (file or store), run the plan, write results.json and the report.</summary>
internal sealed class AnalyzeCommand(CliOutput output) : AsyncCommand<AnalyzeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var plan = PlanFile.Load(settings.Plan);
        StudyData study;
        if (settings.Study is { } path)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new UserInputException($"{path}: no such study file or folder (give an .xlsx workbook or a folder of the four CSV files)");
            var read = StudyReader.Read(path);
            if (read.HasErrors || !settings.Json) DiagnosticsOutput.Print(output, read);
            study = read.Study ?? throw new UserInputException($"{path}: not analysed; fix the errors above first");
        }
        else
        {
            try
            {
                await using var store = StudyStores.Open(settings.Store!, createIfMissing: false);
                study = await store.LoadAsync(cancellationToken);
            }
            catch (StudyStoreException e)
            {
                throw new UserInputException(e.Message);
            }
            if (study.Patients.Count == 0) throw new UserInputException($"{settings.Store}: the store holds no study (import one with 'mibg import STUDY --store {settings.Store}')");
        }
        StudyResults results;
        try
        {
            results = StudyAnalysis.Run(study, plan);
        }
        catch (Mibg.Core.Plan.InvalidPlanException e)
        {
            throw new UserInputException("the study cannot be analysed under this plan:" + string.Concat(e.Errors.Select(x => $"{Environment.NewLine}  {x.Field}: {x.Message}")));
        }
        var written = AnalysisOutput.Write(results, settings.Out!);
        if (settings.Json)
        {
            output.Out.WriteLine(ResultsJson.Serialize(results));
            output.Out.Flush();
        }
        else
        {
            Summary.Print(output, results);
            foreach (var f in written) output.Out.WriteLine($"wrote {f}");
        }
        return ExitCodes.Success;
    }
}

/// <summary>The human summary of an analysis: cohort, groups, and the published-vs-computed table.</summary>
internal static class Summary
{
    public static void Print(CliOutput output, StudyResults r)
    {
        var p = r.Persistent;
        var i = CultureInfo.InvariantCulture;
        output.Console.MarkupLine(string.Create(i, $"[bold]{r.Study.Patients}[/] patients, [bold]{p.Of}[/] eligible; persistent uptake after HDC [bold]{p.N}/{p.Of}[/] ({100 * p.Proportion:0.0}%, {100 * p.ConfLevel:0}% CI {100 * p.CiLower:0.0}–{100 * p.CiUpper:0.0}%)"));
        var groups = new Table().AddColumn("group").AddColumn(new TableColumn("n").RightAligned());
        foreach (var g in r.Groups) groups.AddRow(g.Group, g.N.ToString(i));
        output.Console.Write(groups);
        if (r.PendingReads.Count > 0)
            output.Console.MarkupLine(Markup.Escape($"scans waiting for a usable read: {string.Join(", ", r.PendingReads)}"));
        if (r.Published.Count == 0) return;
        var t = new Table().AddColumn("published figure").AddColumn("published").AddColumn("computed").AddColumn("match");
        foreach (var f in r.Published)
            t.AddRow(Markup.Escape(f.Figure), Markup.Escape(f.Published), Markup.Escape(f.Computed), f.Match ? "[green]yes[/]" : "[yellow]no (see note)[/]");
        output.Console.Write(t);
    }
}

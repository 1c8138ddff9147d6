using Mibg.Analysis.Agreement;
using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Agreement;
using Mibg.Storage.Reading;
using Spectre.Console;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// <c>mibg agreement --study STUDY</c>: reads the study (storage's StudyReader, all validation rules), keeps the scans
/// read by every selected reader (consensus excluded) and computes the agreement per SIOPEN segment (levels 0–6)
/// and on the total.
/// </summary>
internal static class StudyAgreement
{

    public static int Run(CliOutput output, AgreementSettings settings)
    {
        var read = StudyReader.Read(settings.Study!);
        if (read.Study is not { } study)
        {
            foreach (var d in read.Diagnostics.Where(d => d.IsError).Take(20)) output.Err.WriteLine(d.ToString());
            throw new UserInputException($"{settings.Study}: the study has {read.ErrorCount} error(s); run 'mibg validate {settings.Study}' for the full list.");
        }
        var reads = study.Reads.Where(r => !r.IsConsensus).ToArray();
        var known = reads.Select(r => r.Reader).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var readers = settings.Raters is null ? known : settings.RaterColumns.ToArray();
        foreach (var r in readers)
            if (!known.Contains(r, StringComparer.Ordinal))
                throw new UserInputException($"{settings.Study}: no reads by reader '{r}'. The readers are: {string.Join(", ", known)}.");
        if (readers.Length < 2)
            throw new UserInputException($"{settings.Study}: agreement needs at least two readers; the reads table has {(known.Length == 0 ? "none" : string.Join(", ", known))} (consensus reads excluded).");
        // The one agreement computation shared with the report and the web dashboard (Mibg.Analysis).
        var summary = ReaderAgreementComputation.Compute(study.Reads, readers)
            ?? throw new UserInputException($"{settings.Study}: fewer than two scans read by every one of {string.Join(", ", readers)}, or their totals never vary; agreement needs both.");
        var segments = summary.Segments.Select(s => s.Agreement is { } a
            ? new SegmentAgreementReport(s.Segment, a.N, a.Icc, a.Kappa, a.BlandAltman, null)
            : new SegmentAgreementReport(s.Segment, summary.ScanIds.Count, [], null, null, s.Note)).ToArray();
        var total = summary.Total;
        var report = new StudyAgreementReport(readers, summary.ScanIds.Count, segments, total);
        if (settings.Json) CliJson.Write(output, report);
        else Print(output, report);
        return ExitCodes.Success;
    }

    private static void Print(CliOutput output, StudyAgreementReport r)
    {
        output.Console.MarkupLine($"Readers {Markup.Escape(string.Join(", ", r.Readers))}: {r.N} scans read by every one.");
        var table = new Table().AddColumn("segment").AddColumn(new TableColumn("ICC2").RightAligned())
            .AddColumn(new TableColumn("kappa").RightAligned()).AddColumn(new TableColumn("linear").RightAligned())
            .AddColumn(new TableColumn("quadratic").RightAligned());
        foreach (var s in r.Segments)
            table.AddRow(s.Segment, s.Icc.Count > 1 ? Text.Number(s.Icc[1].Value) : "—", Text.Number(s.Kappa?.Unweighted),
                Text.Number(s.Kappa?.Linear), Text.Number(s.Kappa?.Quadratic));
        output.Console.Write(table);
        if (r.Total is { } total)
        {
            output.Console.MarkupLine("[bold]SIOPEN total[/]");
            AgreementCommand.Print(output, total, 0);
        }
    }
}

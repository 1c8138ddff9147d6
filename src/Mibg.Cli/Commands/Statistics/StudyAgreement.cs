using Mibg.Cli.Infrastructure;
using Mibg.Core.Scoring;
using Mibg.Statistics.Agreement;
using Mibg.Storage.Reading;
using Spectre.Console;
using RaterAgreement = Mibg.Statistics.Agreement.Agreement;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// <c>mibg agreement --study STUDY</c>: reads the study (storage's StudyReader, all validation rules), keeps the scans
/// read by every selected reader (consensus excluded) and computes the agreement per SIOPEN segment (levels 0–6)
/// and on the total.
/// </summary>
internal static class StudyAgreement
{
    private static readonly double[] SegmentLevels = Enumerable.Range(0, SiopenScore.MaxSegmentScore + 1).Select(i => (double)i).ToArray();

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
        var byScan = reads.Where(r => readers.Contains(r.Reader, StringComparer.Ordinal))
            .GroupBy(r => r.ScanId, StringComparer.Ordinal)
            .Select(g => (Scan: g.Key, ByReader: readers.Select(code => g.FirstOrDefault(r => r.Reader == code)).ToArray()))
            .Where(x => x.ByReader.All(r => r is not null))
            .OrderBy(x => x.Scan, StringComparer.Ordinal).ToArray();
        if (byScan.Length < 2)
            throw new UserInputException($"{settings.Study}: only {byScan.Length} scan(s) read by every one of {string.Join(", ", readers)}; agreement needs at least two.");

        var segments = SiopenSegments.All.Select(s =>
        {
            var ratings = readers.Select((_, k) => byScan.Select(x => (double)x.ByReader[k]!.Siopen[s]).ToArray()).ToArray();
            if (ratings.SelectMany(r => r).Distinct().Count() == 1)
                return new SegmentAgreementReport(s.Code, byScan.Length, [], null, null, $"every read is {ratings[0][0]}; agreement is undefined");
            var a = RaterAgreement.Compute(ratings, SegmentLevels);
            return new SegmentAgreementReport(s.Code, a.N, a.Icc, a.Kappa, a.BlandAltman, null);
        }).ToArray();
        var totals = readers.Select((_, k) => byScan.Select(x => (double)x.ByReader[k]!.Siopen.Total).ToArray()).ToArray();
        var total = totals.SelectMany(r => r).Distinct().Count() == 1 ? null : RaterAgreement.Compute(totals);
        var report = new StudyAgreementReport(readers, byScan.Length, segments, total);
        if (settings.Json) StatisticsJson.Write(output, report);
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

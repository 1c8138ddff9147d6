using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>The <c>reads</c> table.</summary>
internal static class ReadRows
{
    public static void RequireColumns(RawTable table, TableColumns columns, DiagnosticBag diagnostics)
    {
        columns.RequireColumns(table, ["scan_id", "reader", .. StudyColumns.SiopenColumns], diagnostics);
        if (StudyColumns.CurieColumns.Any(columns.Has))
            foreach (var c in StudyColumns.CurieColumns.Where(c => !columns.Has(c)))
                diagnostics.Error(table.File, table.HeaderRow, c, DiagnosticCodes.MissingColumn,
                    $"column {c} is missing: the Curie score needs all 10 region columns or none");
    }

    public static List<Read> Read(RawTable table, TableColumns columns, DiagnosticBag diagnostics, DateOnly today, HashSet<string>? scanIds)
    {
        var valid = new List<Read>(table.Rows.Count);
        var firstRow = new Dictionary<(string, string), int>();
        foreach (var raw in table.Rows)
        {
            var r = new RowReader(table, columns, raw, diagnostics, today);
            var scanId = r.Text("scan_id", required: true);
            if (scanId is not null && scanIds is not null && !scanIds.Contains(scanId))
                r.Error("scan_id", DiagnosticCodes.UnknownScan, $"scan {scanId} is not in the scans table");
            var reader = r.Text("reader", required: true);
            if (scanId is not null && reader is not null && !firstRow.TryAdd((scanId, reader), raw.Number))
                r.Error("reader", DiagnosticCodes.DuplicateRead,
                    $"scan {scanId} already has a read by {reader} on row {firstRow[(scanId, reader)]}; at most one read per scan and reader");
            var readDate = r.Date("read_date");
            var siopen = StudyColumns.SiopenColumns
                .Select(c => r.Integer(c, 0, SiopenScore.MaxSegmentScore, DiagnosticCodes.ScoreRange, required: true)).ToArray();
            var softTissue = r.Integer("soft_tissue", 0, int.MaxValue, DiagnosticCodes.NegativeValue);
            var curie = StudyColumns.CurieColumns
                .Select(c => r.Integer(c, 0, CurieScore.MaxRegionScore, DiagnosticCodes.ScoreRange)).ToArray();
            var curieGiven = StudyColumns.CurieColumns.Select(c => r.Raw(c) is not null).ToArray();
            if (curieGiven.Any(g => g) && !curieGiven.All(g => g) && columns.Has(StudyColumns.CurieColumns[0]))
            {
                var missing = StudyColumns.CurieColumns.Where((_, i) => !curieGiven[i]).ToArray();
                r.Error(missing[0], DiagnosticCodes.CurieIncomplete,
                    $"the Curie score is partly filled ({missing.Length} of 10 regions empty: {string.Join(", ", missing)}); give all 10 regions or none");
            }

            if (r.HasErrors || scanId is null || reader is null || siopen.Any(v => v is null)) continue;
            valid.Add(new Read
            {
                ScanId = scanId, Reader = reader, ReadDate = readDate,
                Siopen = new SiopenScore(siopen.Select(v => v!.Value)),
                SoftTissue = softTissue,
                Curie = curie.All(v => v is not null) ? new CurieScore(curie.Select(v => v!.Value)) : null,
                Comment = r.Text("comment"), Extra = r.Extra(),
            });
        }
        WarnConsensusOutsideReads(table, valid, firstRow, diagnostics);
        return valid;
    }

    /// <summary>
    /// A consensus that lies outside both readers' scores on a segment (below the lower or above the higher) is not a
    /// resolution of their reads: a warning naming the scan and segment (design/data-dictionary.md; an adjudication
    /// recorded in the consensus row's comment explains it).
    /// </summary>
    private static void WarnConsensusOutsideReads(RawTable table, List<Read> reads, Dictionary<(string, string), int> rows, DiagnosticBag diagnostics)
    {
        foreach (var scan in reads.GroupBy(r => r.ScanId, StringComparer.Ordinal))
        {
            var consensus = scan.FirstOrDefault(r => r.IsConsensus);
            var readers = scan.Where(r => !r.IsConsensus).ToArray();
            if (consensus is null || readers.Length < 2) continue;
            foreach (var segment in SiopenSegments.All)
            {
                var lo = readers.Min(r => r.Siopen[segment]);
                var hi = readers.Max(r => r.Siopen[segment]);
                var c = consensus.Siopen[segment];
                if (c >= lo && c <= hi) continue;
                diagnostics.Warning(table.File, rows[(scan.Key, consensus.Reader)], segment.Code, DiagnosticCodes.ConsensusOutsideReads,
                    $"scan {scan.Key}: the consensus scores {segment.Code} {c}, outside the readers' {string.Join(", ", readers.Select(r => $"{r.Reader} {r.Siopen[segment]}"))}" +
                    (string.IsNullOrWhiteSpace(consensus.Comment) ? "; record the adjudication in the consensus row's comment" : $" (comment: {consensus.Comment})"));
            }
        }
    }
}

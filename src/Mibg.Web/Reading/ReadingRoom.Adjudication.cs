using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

public sealed partial class ReadingRoom
{
    /// <summary>
    /// The adjudicator records the consensus read (reader <c>consensus</c>) with a reason, once every assigned
    /// reader has submitted (409 before, and once a consensus exists).
    /// </summary>
    public async Task<RoomResult<ReadView>> RecordConsensusAsync(string user, WorkstationRole role, string scanId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Adjudicator) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only adjudicators record a consensus");
        if (input.Reason is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "reason: missing; a consensus needs a reason");
        var reads = await ReadsAsync(user, role, scanId, ct);
        if (!reads.Succeeded) return RoomResult<ReadView>.Fail(reads.Status, reads.Errors);
        if (reads.Value!.Any(r => r.Reader == Read.ConsensusReader))
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {scanId} already has a consensus read");
        var read = ToRead(scanId, Read.ConsensusReader, Today, input, input.Comment ?? input.Reason);
        // The versions of the reads shown above: the store refuses the consensus if any changed since.
        var shown = reads.Value!.Select(r => r.Reader).ToHashSet(StringComparer.Ordinal);
        var basedOn = (await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct))
            .Where(r => !r.Read.IsConsensus && shown.Contains(r.Read.Reader))
            .ToDictionary(r => r.Read.Reader, r => r.Version, StringComparer.Ordinal);
        var saved = await study.UseAsync(s => s.RecordConsensusAsync(read, basedOn, user, input.Reason, ConsensusResolution.Adjudicated, ct), ct);
        return saved.Saved
            ? RoomResult<ReadView>.Success(ReadView.Of(read), RoomStatus.Created)
            : RoomResult<ReadView>.Fail(StatusOf(saved.Status), saved.Message);
    }

    /// <summary>The reading-room status of a refused change to a read.</summary>
    private static RoomStatus StatusOf(ReadWriteStatus status) => status switch
    {
        ReadWriteStatus.Saved => RoomStatus.Ok,
        ReadWriteStatus.ScanNotFound => RoomStatus.NotFound,
        ReadWriteStatus.Invalid => RoomStatus.Invalid,
        _ => RoomStatus.Conflict,
    };

    /// <summary>Scans waiting for a consensus, the largest disagreement first.</summary>
    public async Task<IReadOnlyList<Discrepancy>> DiscrepanciesAsync(CancellationToken ct = default)
    {
        var (index, reads) = await LoadWithReadsAsync(ct);
        var assigned = await AssignmentsAsync(ct);
        var byScan = reads.ToLookup(r => r.ScanId, StringComparer.Ordinal);
        var queue = new List<Discrepancy>();
        foreach (var scan in index.Scans)
        {
            var readers = assigned(scan.ScanId);
            var scanReads = byScan[scan.ScanId].ToArray();
            if (readers.Count == 0 || scanReads.Any(r => r.IsConsensus)) continue;
            var readerReads = scanReads.Where(r => readers.Contains(r.Reader)).ToArray();
            if (readerReads.Length != readers.Count) continue;
            queue.Add(Compare(scan.ScanId, TimepointFor(index, scan, WorkstationRole.Adjudicator), readerReads));
        }
        return queue.OrderByDescending(d => d.Disagreement).ThenBy(d => d.ScanId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>How far a set of reads of one scan disagree, segment by segment.</summary>
    public static Discrepancy Compare(string scanId, string timepoint, IReadOnlyList<Read> reads)
    {
        var differing = new List<string>();
        var disagreement = 0;
        foreach (var s in SiopenSegments.All)
        {
            var spread = reads.Count == 0 ? 0 : reads.Max(r => r.Siopen[s]) - reads.Min(r => r.Siopen[s]);
            disagreement += spread;
            if (spread > 0) differing.Add(s.Code);
        }
        return new Discrepancy(scanId, timepoint, disagreement, differing, reads.ToDictionary(r => r.Reader, r => r.Siopen.Total));
    }
}

using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

public sealed partial class ReadingRoom
{
    /// <summary>The actor of a consensus recorded by the plan's <c>reading.auto_consensus_when_readers_agree</c>.</summary>
    public const string SystemActor = "system";

    /// <summary>The reason kept with a consensus taken from identical reads.</summary>
    public const string AgreedReason = "the readers agree exactly (identical SIOPEN, soft-tissue and Curie scores)";

    /// <summary>
    /// Whether reads agree exactly: the same 12 SIOPEN scores, the same soft-tissue count and the same Curie scores
    /// (both absent counts as the same). Comments may differ.
    /// </summary>
    public static bool AgreeExactly(IReadOnlyList<Read> reads) =>
        reads.Count > 0 && reads.All(r =>
            r.Siopen.Values.SequenceEqual(reads[0].Siopen.Values)
            && r.SoftTissue == reads[0].SoftTissue
            && (r.Curie?.Values ?? []).SequenceEqual(reads[0].Curie?.Values ?? []));

    /// <summary>
    /// The adjudicator records the consensus read (reader <c>consensus</c>) with a reason, once every assigned
    /// reader has submitted (409 before, and once a consensus exists).
    /// </summary>
    public async Task<RoomResult<ReadView>> RecordConsensusAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Adjudicator) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only adjudicators record a consensus");
        if (input.Reason is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "reason: missing; a consensus needs a reason");
        var reads = await ReadsAsync(user, role, shownId, ct);
        if (!reads.Succeeded) return RoomResult<ReadView>.Fail(reads.Status, reads.Errors);
        if (reads.Value!.Any(r => r.Reader == Read.ConsensusReader))
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {shownId} already has a consensus read");
        var scanId = (await ResolveScanAsync(user, role, shownId, ct)).Value!.ScanId;
        var read = ToRead(scanId, Read.ConsensusReader, Today, input, input.Comment ?? input.Reason);
        var saved = await AddConsensusAsync(user, read, input.Reason, reads.Value!.Select(r => r.Reader).ToArray(), ConsensusResolution.Adjudicated, ct);
        return saved.Saved
            ? RoomResult<ReadView>.Success(ReadView.Of(read, shownId), RoomStatus.Created)
            : RoomResult<ReadView>.Fail(StatusOf(saved.Status), ConsensusRefusal(saved.Status, shownId));
    }

    /// <summary>
    /// The adjudicator accepts the readers' identical read as the consensus (one keystroke on the page);
    /// 409 when the reads differ in any score.
    /// </summary>
    public async Task<RoomResult<ReadView>> AcceptAgreedAsync(string user, WorkstationRole role, string shownId, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Adjudicator) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only adjudicators record a consensus");
        var views = await ReadsAsync(user, role, shownId, ct);
        if (!views.Succeeded) return RoomResult<ReadView>.Fail(views.Status, views.Errors);
        var scanId = (await ResolveScanAsync(user, role, shownId, ct)).Value!.ScanId;
        var reads = (await study.UseAsync(s => s.GetReadsAsync(scanId, ct), ct))
            .Where(r => views.Value!.Any(v => v.Reader == r.Reader)).ToArray();
        if (reads.Any(r => r.IsConsensus)) return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {shownId} already has a consensus read");
        if (!AgreeExactly(reads))
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"the reads of scan {shownId} differ; record the consensus segment by segment");
        var read = reads[0] with { Reader = Read.ConsensusReader, ReadDate = Today, Comment = AgreedReason };
        var saved = await AddConsensusAsync(user, read, AgreedReason, reads.Select(r => r.Reader).ToArray(), ConsensusResolution.ExactAgreement, ct);
        return saved.Saved
            ? RoomResult<ReadView>.Success(ReadView.Of(read, shownId), RoomStatus.Created)
            : RoomResult<ReadView>.Fail(StatusOf(saved.Status), ConsensusRefusal(saved.Status, shownId));
    }

    /// <summary>
    /// With the plan's <c>reading.auto_consensus_when_readers_agree</c>: once every assigned reader of
    /// <paramref name="scanId"/> has submitted and they agree exactly, records their read as the consensus
    /// (actor <see cref="SystemActor"/>, audited).
    /// </summary>
    private async Task AutoConsensusAsync(string scanId, CancellationToken ct)
    {
        if (!reading.AutoConsensusWhenReadersAgree) return;
        var readers = (await AssignmentsAsync(ct))(scanId);
        var reads = await study.UseAsync(s => s.GetReadsAsync(scanId, ct), ct);
        if (readers.Count < 2 || reads.Any(r => r.IsConsensus)) return;
        var readerReads = reads.Where(r => readers.Contains(r.Reader)).ToArray();
        if (readerReads.Length != readers.Count || !AgreeExactly(readerReads)) return;
        var read = readerReads[0] with { Reader = Read.ConsensusReader, ReadDate = Today, Comment = AgreedReason };
        await AddConsensusAsync(SystemActor, read, $"{AgreedReason}; plan option reading.auto_consensus_when_readers_agree", readers, ConsensusResolution.ExactAgreement, ct);
    }

    /// <summary>
    /// Stores a consensus read with its audit entry, in one transaction of the store, based on the current versions of
    /// the reads of <paramref name="readers"/>: the store refuses it when a consensus exists, a read is missing or
    /// changed meanwhile, or (exact agreement) the reads differ.
    /// </summary>
    private async Task<ReadWriteResult> AddConsensusAsync(string actor, Read read, string reason, IReadOnlyCollection<string> readers,
        ConsensusResolution resolution, CancellationToken ct)
    {
        var basedOn = (await study.UseAsync(s => s.GetStoredReadsAsync(read.ScanId, ct), ct))
            .Where(r => !r.Read.IsConsensus && readers.Contains(r.Read.Reader))
            .ToDictionary(r => r.Read.Reader, r => r.Version, StringComparer.Ordinal);
        return await study.UseAsync(s => s.RecordConsensusAsync(read, basedOn, actor, reason, resolution, ct), ct);
    }

    /// <summary>The reading-room status of a refused change to a read.</summary>
    private static RoomStatus StatusOf(ReadWriteStatus status) => status switch
    {
        ReadWriteStatus.Saved => RoomStatus.Ok,
        ReadWriteStatus.ScanNotFound => RoomStatus.NotFound,
        ReadWriteStatus.Invalid => RoomStatus.Invalid,
        _ => RoomStatus.Conflict,
    };

    /// <summary>What the adjudicator is told when the store refuses a consensus.</summary>
    private static string ConsensusRefusal(ReadWriteStatus status, string shownId) => status switch
    {
        ReadWriteStatus.Adjudicated => $"scan {shownId} already has a consensus read",
        ReadWriteStatus.Stale => $"a read of scan {shownId} changed since it was shown; reload and decide again",
        ReadWriteStatus.AwaitingReads => $"scan {shownId} is still waiting for reads",
        ReadWriteStatus.Invalid => $"the reads of scan {shownId} differ; record the consensus segment by segment",
        _ => $"scan {shownId}: the consensus was not recorded",
    };

    /// <summary>
    /// Scans waiting for a consensus, under the adjudicator's codes: the largest disagreement first; scans whose
    /// readers agree exactly (disagreement 0) last, each resolvable in one keystroke.
    /// </summary>
    public async Task<IReadOnlyList<Discrepancy>> DiscrepanciesAsync(string user, CancellationToken ct = default)
    {
        var (index, reads) = await LoadWithReadsAsync(ct);
        var assigned = await AssignmentsAsync(ct);
        var mine = ScansOf(index, user);
        var byScan = reads.ToLookup(r => r.ScanId, StringComparer.Ordinal);
        var queue = new List<(Discrepancy D, ulong Order)>();
        foreach (var scan in index.Scans)
        {
            var readers = assigned(scan.ScanId);
            var scanReads = byScan[scan.ScanId].ToArray();
            if (readers.Count == 0 || scanReads.Any(r => r.IsConsensus)) continue;
            var readerReads = scanReads.Where(r => readers.Contains(r.Reader)).ToArray();
            if (readerReads.Length != readers.Count) continue;
            queue.Add((Compare(mine.CodeOf[scan.ScanId], TimepointFor(index, scan), readerReads), codes.OrderOf(user, scan.ScanId)));
        }
        return queue.OrderByDescending(q => q.D.Disagreement).ThenBy(q => q.Order).Select(q => q.D).ToArray();
    }

    /// <summary>How far a set of reads of one scan disagree, segment by segment.</summary>
    public static Discrepancy Compare(string shownId, string? timepoint, IReadOnlyList<Read> reads)
    {
        var differing = new List<string>();
        var disagreement = 0;
        foreach (var s in SiopenSegments.All)
        {
            var spread = reads.Count == 0 ? 0 : reads.Max(r => r.Siopen[s]) - reads.Min(r => r.Siopen[s]);
            disagreement += spread;
            if (spread > 0) differing.Add(s.Code);
        }
        return new Discrepancy(shownId, timepoint, disagreement, differing, reads.ToDictionary(r => r.Reader, r => r.Siopen.Total), AgreeExactly(reads));
    }
}

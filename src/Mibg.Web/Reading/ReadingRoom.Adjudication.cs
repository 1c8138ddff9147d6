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
    /// The adjudicator records the consensus read (reader <c>consensus</c>) with a reason, made from the reads at the
    /// versions in <see cref="ReadInput.BasedOn"/> (required). The database refuses it (409) when any of those reads
    /// changed since, when a read is missing from <c>based_on</c>, before every assigned reader has read, and once a
    /// consensus exists; the consensus and its audit entry commit together.
    /// </summary>
    public async Task<RoomResult<ReadView>> RecordConsensusAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Adjudicator) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only adjudicators record a consensus");
        if (input.Reason is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "reason: missing; a consensus needs a reason");
        if (input.BasedOn is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, BasedOnMissing);
        if (input.Version is not null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "version: not taken by a consensus (give based_on)");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var read = ToRead(resolved.Value!.ScanId, Read.ConsensusReader, Today, input, input.Comment ?? input.Reason);
        var saved = await study.UseAsync(s => s.RecordConsensusAsync(read, input.BasedOn, user, input.Reason, ConsensusResolution.Adjudicated, ct), ct);
        return saved.Saved
            ? RoomResult<ReadView>.Success(ReadView.Of(saved.Read!, shownId), RoomStatus.Created)
            : AdjudicatorRefusal(saved, shownId);
    }

    /// <summary>The answer when <c>based_on</c> is missing.</summary>
    public const string BasedOnMissing = "based_on: missing; give the version of every read the consensus was made from, e.g. {\"R1\": 1, \"R2\": 2} (GET …/reads gives them)";

    /// <summary>What an adjudicator is told when the store refuses a consensus (they may know readers and versions).</summary>
    private static RoomResult<ReadView> AdjudicatorRefusal(ReadWriteResult saved, string shownId) => saved.Status switch
    {
        ReadWriteStatus.ScanNotFound => RoomResult<ReadView>.Fail(RoomStatus.NotFound, NoSuchScan(shownId)),
        ReadWriteStatus.Adjudicated => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {shownId} already has a consensus read"),
        ReadWriteStatus.Stale => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"the reads of scan {shownId} changed since you loaded them ({saved.Message}); reload the scan and decide again"),
        ReadWriteStatus.AwaitingReads => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {shownId} is still waiting for reads ({saved.Message})"),
        ReadWriteStatus.Invalid => RoomResult<ReadView>.Fail(RoomStatus.Invalid, saved.Message),
        _ => RoomResult<ReadView>.Fail(RoomStatus.Conflict, saved.Message),
    };

    /// <summary>
    /// The adjudicator accepts the readers' identical read as the consensus (one keystroke on the page), for the
    /// reads at the versions in <paramref name="basedOn"/>; 409 when the reads differ in any score or changed since.
    /// </summary>
    public async Task<RoomResult<ReadView>> AcceptAgreedAsync(string user, WorkstationRole role, string shownId, IReadOnlyDictionary<string, int>? basedOn, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Adjudicator) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only adjudicators record a consensus");
        if (basedOn is null || basedOn.Count == 0) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, BasedOnMissing);
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var scanId = resolved.Value!.ScanId;
        var reads = (await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct)).Where(r => !r.Read.IsConsensus && r.Final && basedOn.ContainsKey(r.Read.Reader)).ToArray();
        if (reads.Length == 0) return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {shownId} is still waiting for reads");
        if (!AgreeExactly(reads.Select(r => r.Read).ToArray()))
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"the reads of scan {shownId} differ; record the consensus segment by segment");
        var read = reads[0].Read with { Reader = Read.ConsensusReader, ReadDate = Today, Comment = AgreedReason, Extra = new Dictionary<string, string>() };
        var saved = await study.UseAsync(s => s.RecordConsensusAsync(read, basedOn, user, AgreedReason, ConsensusResolution.ExactAgreement, ct), ct);
        return saved.Saved
            ? RoomResult<ReadView>.Success(ReadView.Of(saved.Read!, shownId), RoomStatus.Created)
            : AdjudicatorRefusal(saved, shownId);
    }

    /// <summary>
    /// With the plan's <c>reading.auto_consensus_when_readers_agree</c>: once every assigned reader of
    /// <paramref name="scanId"/> has submitted and they agree exactly, records their read as the consensus
    /// (actor <see cref="SystemActor"/>, resolution <c>exact_agreement</c>, audited in the same transaction).
    /// A refusal (a reader amended meanwhile, a consensus already there) leaves the scan to the adjudicator.
    /// </summary>
    private async Task AutoConsensusAsync(string scanId, CancellationToken ct)
    {
        if (!reading.AutoConsensusWhenReadersAgree) return;
        var readers = (await AssignmentsAsync(ct))(scanId);
        var reads = await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct);
        if (readers.Count < 2 || reads.Any(r => r.Read.IsConsensus)) return;
        var readerReads = reads.Where(r => readers.Contains(r.Read.Reader) && r.Final).ToArray();
        if (readerReads.Length != readers.Count || !AgreeExactly(readerReads.Select(r => r.Read).ToArray())) return;
        var read = readerReads[0].Read with { Reader = Read.ConsensusReader, ReadDate = Today, Comment = AgreedReason, Extra = new Dictionary<string, string>() };
        var basedOn = readerReads.ToDictionary(r => r.Read.Reader, r => r.Version, StringComparer.Ordinal);
        await study.UseAsync(s => s.RecordConsensusAsync(read, basedOn, SystemActor,
            $"{AgreedReason}; plan option reading.auto_consensus_when_readers_agree", ConsensusResolution.ExactAgreement, ct), ct);
    }

    /// <summary>
    /// Scans waiting for a consensus, under the adjudicator's codes: the largest disagreement first; scans whose
    /// readers agree exactly (disagreement 0) last, each resolvable in one keystroke.
    /// </summary>
    public async Task<IReadOnlyList<Discrepancy>> DiscrepanciesAsync(string user, CancellationToken ct = default)
    {
        var (index, reads, _) = await LoadWithReadsAsync(ct);
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

using System.Text.Json;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

public sealed partial class ReadingRoom
{
    private static readonly JsonSerializerOptions AuditJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The JSON kept in the audit log for a read (under the study's scan id: the log is for admins).</summary>
    public static string AuditText(object value) => JsonSerializer.Serialize(value, AuditJson);

    /// <summary>
    /// The one answer to a reader whose read can no longer change. It gives no reason: "the consensus is recorded"
    /// would tell the reader that the other reader has finished (docs/security.md, "Blinding").
    /// </summary>
    public const string ReadClosed = "this read is closed and can no longer be amended; ask the adjudicator if it must change";

    private static Read ToRead(string scanId, string reader, DateOnly date, ReadInput input, string? comment) => new()
    {
        ScanId = scanId, Reader = reader, ReadDate = date, Siopen = input.Siopen, SoftTissue = input.SoftTissue,
        Curie = input.Curie, Comment = comment,
    };

    /// <summary>
    /// The reads of a scan an account may see: a reader only their own (blinding); an adjudicator every read
    /// once all assigned readers have submitted (409 before).
    /// </summary>
    public async Task<RoomResult<IReadOnlyList<ReadView>>> ReadsAsync(string user, WorkstationRole role, string shownId, CancellationToken ct = default)
    {
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<IReadOnlyList<ReadView>>.Fail(resolved.Status, resolved.Errors);
        var scanId = resolved.Value!.ScanId;
        var reads = await study.UseAsync(s => s.GetReadsAsync(scanId, ct), ct);
        if (role == WorkstationRole.Reader)
            return RoomResult<IReadOnlyList<ReadView>>.Success(reads.Where(r => r.Reader == user).Select(r => ReadView.Of(r, shownId)).ToArray());
        var readers = (await AssignmentsAsync(ct))(scanId);
        var missing = readers.Where(r => reads.All(x => x.Reader != r)).ToArray();
        if (readers.Count == 0 || missing.Length > 0)
            return RoomResult<IReadOnlyList<ReadView>>.Fail(RoomStatus.Conflict,
                readers.Count == 0 ? $"scan {shownId} has no reader assigned" : $"scan {shownId} is still waiting for the read of {string.Join(", ", missing)}");
        return RoomResult<IReadOnlyList<ReadView>>.Success(
            reads.Where(r => readers.Contains(r.Reader) || r.IsConsensus).Select(r => ReadView.Of(r, shownId)).ToArray());
    }

    /// <summary>A reader submits their read of a scan; it is then locked (409 on a second submission).</summary>
    public async Task<RoomResult<ReadView>> SubmitAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers submit reads");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var read = ToRead(resolved.Value!.ScanId, user, Today, input, input.Comment);
        var saved = await study.UseAsync(s => s.SubmitReadAsync(read, user, ct), ct);
        if (saved.Status == ReadWriteStatus.AlreadyRead)
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have already read scan {shownId}; a submitted read is locked (amend it with a reason)");
        if (saved.Status == ReadWriteStatus.Invalid) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, saved.Message);
        if (!saved.Saved) return RoomResult<ReadView>.Fail(RoomStatus.Conflict, ReadClosed);
        await AutoConsensusAsync(read.ScanId, ct);
        return RoomResult<ReadView>.Success(ReadView.Of(read, shownId), RoomStatus.Created);
    }

    /// <summary>
    /// A reader changes their submitted read, with a reason; refused (<see cref="ReadClosed"/>) once the consensus
    /// is recorded.
    /// </summary>
    public async Task<RoomResult<ReadView>> AmendAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers amend their reads");
        if (input.Reason is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "reason: missing; an amendment needs a reason");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var scanId = resolved.Value!.ScanId;
        var reads = await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct);
        if (reads.FirstOrDefault(r => r.Read.Reader == user) is not { } mine)
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have not read scan {shownId} yet; submit a read first");
        if (reads.Any(r => r.Read.IsConsensus))
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, ReadClosed);
        var read = ToRead(scanId, user, Today, input, input.Comment);
        // The store refuses it (in the database) if the read changed since or a consensus was recorded meanwhile.
        var saved = await study.UseAsync(s => s.AmendReadAsync(read, mine.Version, user, input.Reason, ct), ct);
        if (saved.Status == ReadWriteStatus.Invalid) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, saved.Message);
        if (!saved.Saved) return RoomResult<ReadView>.Fail(RoomStatus.Conflict, ReadClosed);
        return RoomResult<ReadView>.Success(ReadView.Of(read, shownId));
    }
}

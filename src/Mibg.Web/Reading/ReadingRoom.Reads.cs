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
    /// The reads of a scan an account may see, each with its version: a reader only their own (blinding); an
    /// adjudicator every read once all assigned readers have submitted (409 before).
    /// </summary>
    public async Task<RoomResult<IReadOnlyList<ReadView>>> ReadsAsync(string user, WorkstationRole role, string shownId, CancellationToken ct = default)
    {
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<IReadOnlyList<ReadView>>.Fail(resolved.Status, resolved.Errors);
        var scanId = resolved.Value!.ScanId;
        var reads = await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct);
        if (role == WorkstationRole.Reader)
            return RoomResult<IReadOnlyList<ReadView>>.Success(reads.Where(r => r.Read.Reader == user).Select(r => ReadView.Of(r, shownId)).ToArray());
        var readers = (await AssignmentsAsync(ct))(scanId);
        var missing = readers.Where(r => reads.All(x => x.Read.Reader != r)).ToArray();
        if (readers.Count == 0 || missing.Length > 0)
            return RoomResult<IReadOnlyList<ReadView>>.Fail(RoomStatus.Conflict,
                readers.Count == 0 ? $"scan {shownId} has no reader assigned" : $"scan {shownId} is still waiting for the read of {string.Join(", ", missing)}");
        return RoomResult<IReadOnlyList<ReadView>>.Success(
            reads.Where(r => readers.Contains(r.Read.Reader) || r.Read.IsConsensus).Select(r => ReadView.Of(r, shownId)).ToArray());
    }

    /// <summary>
    /// What a reader is told when the store refuses their change. Never the store's own message (it may name the
    /// other reader or the consensus): a refusal other than "already read" is <see cref="ReadClosed"/>.
    /// </summary>
    private static RoomResult<ReadView> ReaderRefusal(ReadWriteResult saved, string shownId) => saved.Status switch
    {
        ReadWriteStatus.ScanNotFound => RoomResult<ReadView>.Fail(RoomStatus.NotFound, NoSuchScan(shownId)),
        ReadWriteStatus.AlreadyRead => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have already read scan {shownId}; a submitted read is locked (amend it with a reason)"),
        ReadWriteStatus.ReadNotFound => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have not read scan {shownId} yet; submit a read first"),
        ReadWriteStatus.Stale => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"your read of scan {shownId} changed since you loaded it (another tab?); reload it and amend again"),
        ReadWriteStatus.Invalid => RoomResult<ReadView>.Fail(RoomStatus.Invalid, "the read was refused as invalid"),
        _ => RoomResult<ReadView>.Fail(RoomStatus.Conflict, ReadClosed),
    };

    /// <summary>A reader submits their read of a scan (version 1), audited with it; then it is locked (409 on a second submission).</summary>
    public async Task<RoomResult<ReadView>> SubmitAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers submit reads");
        if (input.Version is not null || input.BasedOn is not null)
            return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "version, based_on: not taken by a new read (version is for an amendment, based_on for a consensus)");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var read = ToRead(resolved.Value!.ScanId, user, Today, input, input.Comment);
        var saved = await study.UseAsync(s => s.SubmitReadAsync(read, user, ct), ct);
        if (!saved.Saved) return ReaderRefusal(saved, shownId);
        await AutoConsensusAsync(read.ScanId, ct);
        return RoomResult<ReadView>.Success(ReadView.Of(saved.Read!, shownId), RoomStatus.Created);
    }

    /// <summary>
    /// A reader changes their submitted read, with a reason, audited with the old read in the same transaction.
    /// Refused (409) when <see cref="ReadInput.Version"/> is given and the stored read is at another version, and
    /// (<see cref="ReadClosed"/>) once the consensus is recorded — both decided by the database.
    /// </summary>
    public async Task<RoomResult<ReadView>> AmendAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers amend their reads");
        if (input.Reason is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "reason: missing; an amendment needs a reason");
        if (input.BasedOn is not null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "based_on: not taken by an amendment (give version: the version you amend)");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var scanId = resolved.Value!.ScanId;
        var expected = input.Version;
        if (expected is null)
        {
            var mine = (await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct)).FirstOrDefault(r => r.Read.Reader == user);
            if (mine is null) return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have not read scan {shownId} yet; submit a read first");
            expected = mine.Version;
        }
        var read = ToRead(scanId, user, Today, input, input.Comment);
        var saved = await study.UseAsync(s => s.AmendReadAsync(read, expected.Value, user, input.Reason, ct), ct);
        return saved.Saved ? RoomResult<ReadView>.Success(ReadView.Of(saved.Read!, shownId)) : ReaderRefusal(saved, shownId);
    }
}

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
    /// The one answer to a reader whose read can no longer change. It names the reader's own act only: a read
    /// changes until its reader finalises it and never after, and only final reads are adjudicated, so whether the
    /// scan has been adjudicated never decides the answer — it reveals nothing about the other reader
    /// (docs/security.md, "Blinding").
    /// </summary>
    public const string ReadClosed = "you finalised this read, so it can no longer be changed; ask the adjudicator if it must change";

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
        // A draft is not a read yet for the adjudicator: neither shown nor counted.
        reads = reads.Where(r => r.Final).ToArray();
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
        ReadWriteStatus.AlreadyRead => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have already read scan {shownId}; a draft is changed by an amendment (with a reason), a final read not at all"),
        ReadWriteStatus.ReadNotFound => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have not read scan {shownId} yet; submit a read first"),
        ReadWriteStatus.Stale => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"your read of scan {shownId} changed since you loaded it (another tab?); reload it and amend again"),
        ReadWriteStatus.Invalid => RoomResult<ReadView>.Fail(RoomStatus.Invalid, "the read was refused as invalid"),
        _ => RoomResult<ReadView>.Fail(RoomStatus.Conflict, ReadClosed),
    };

    /// <summary>
    /// A reader submits their read of a scan (version 1), audited with it: final unless <see cref="ReadInput.Final"/>
    /// is false (a draft, amendable until <see cref="FinaliseAsync"/>). 409 on a second submission.
    /// </summary>
    public async Task<RoomResult<ReadView>> SubmitAsync(string user, WorkstationRole role, string shownId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers submit reads");
        if (input.Version is not null || input.BasedOn is not null)
            return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "version, based_on: not taken by a new read (version is for an amendment, based_on for a consensus)");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var read = ToRead(resolved.Value!.ScanId, user, Today, input, input.Comment);
        var final = input.Final ?? true;
        var saved = await study.UseAsync(s => s.SubmitReadAsync(read, user, final, ct), ct);
        if (!saved.Saved) return ReaderRefusal(saved, shownId);
        if (final) await AutoConsensusAsync(read.ScanId, ct);
        return RoomResult<ReadView>.Success(ReadView.Of(saved.Read!, shownId), RoomStatus.Created);
    }

    /// <summary>
    /// A reader finalises their draft at <paramref name="version"/> (null: the current one): it never changes again
    /// and goes to adjudication. 409 <see cref="ReadClosed"/> when it is final already, 409 when it moved on.
    /// </summary>
    public async Task<RoomResult<ReadView>> FinaliseAsync(string user, WorkstationRole role, string shownId, int? version, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers finalise their reads");
        var resolved = await ResolveScanAsync(user, role, shownId, ct);
        if (!resolved.Succeeded) return RoomResult<ReadView>.Fail(resolved.Status, resolved.Errors);
        var scanId = resolved.Value!.ScanId;
        if (version is null)
        {
            var mine = (await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct)).FirstOrDefault(r => r.Read.Reader == user);
            if (mine is null) return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have not read scan {shownId} yet; submit a read first");
            version = mine.Version;
        }
        var saved = await study.UseAsync(s => s.FinaliseReadAsync(scanId, user, version.Value, user, ct), ct);
        if (!saved.Saved) return ReaderRefusal(saved, shownId);
        await AutoConsensusAsync(scanId, ct);
        return RoomResult<ReadView>.Success(ReadView.Of(saved.Read!, shownId));
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
        if (input.Final is not null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "final: not taken by an amendment; finalise a draft with POST /api/scans/{id}/reads/final");
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

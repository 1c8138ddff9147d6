using System.Text.Json;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

public sealed partial class ReadingRoom
{
    private static readonly JsonSerializerOptions AuditJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The JSON kept in the audit log for a read.</summary>
    public static string AuditText(object value) => JsonSerializer.Serialize(value, AuditJson);

    private static Read ToRead(string scanId, string reader, DateOnly date, ReadInput input, string? comment) => new()
    {
        ScanId = scanId, Reader = reader, ReadDate = date, Siopen = input.Siopen, SoftTissue = input.SoftTissue,
        Curie = input.Curie, Comment = comment,
    };

    /// <summary>
    /// The reads of a scan an account may see: a reader only their own (blinding); an adjudicator every read
    /// once all assigned readers have submitted (409 before).
    /// </summary>
    public async Task<RoomResult<IReadOnlyList<ReadView>>> ReadsAsync(string user, WorkstationRole role, string scanId, CancellationToken ct = default)
    {
        var view = await ScanAsync(user, role, scanId, ct);
        if (!view.Succeeded) return RoomResult<IReadOnlyList<ReadView>>.Fail(view.Status, view.Errors);
        var reads = await study.UseAsync(s => s.GetReadsAsync(scanId, ct), ct);
        if (role == WorkstationRole.Reader)
            return RoomResult<IReadOnlyList<ReadView>>.Success(reads.Where(r => r.Reader == user).Select(ReadView.Of).ToArray());
        var readers = (await AssignmentsAsync(ct))(scanId);
        var missing = readers.Where(r => reads.All(x => x.Reader != r)).ToArray();
        if (readers.Count == 0 || missing.Length > 0)
            return RoomResult<IReadOnlyList<ReadView>>.Fail(RoomStatus.Conflict,
                readers.Count == 0 ? $"scan {scanId} has no reader assigned" : $"scan {scanId} is still waiting for the read of {string.Join(", ", missing)}");
        return RoomResult<IReadOnlyList<ReadView>>.Success(
            reads.Where(r => readers.Contains(r.Reader) || r.IsConsensus).Select(ReadView.Of).ToArray());
    }

    /// <summary>A reader submits their read of a scan; it is then locked (409 on a second submission).</summary>
    public async Task<RoomResult<ReadView>> SubmitAsync(string user, WorkstationRole role, string scanId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers submit reads");
        var view = await ScanAsync(user, role, scanId, ct);
        if (!view.Succeeded) return RoomResult<ReadView>.Fail(view.Status, view.Errors);
        var read = ToRead(scanId, user, Today, input, input.Comment);
        var saved = await study.UseAsync(s => s.SubmitReadAsync(read, user, ct), ct);
        return saved.Status switch
        {
            ReadWriteStatus.Saved => RoomResult<ReadView>.Success(ReadView.Of(read), RoomStatus.Created),
            ReadWriteStatus.AlreadyRead => RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have already read scan {scanId}; a submitted read is locked (amend it with a reason)"),
            _ => RoomResult<ReadView>.Fail(StatusOf(saved.Status), saved.Message),
        };
    }

    /// <summary>A reader changes their submitted read, with a reason; refused once the consensus is recorded.</summary>
    public async Task<RoomResult<ReadView>> AmendAsync(string user, WorkstationRole role, string scanId, ReadInput input, CancellationToken ct = default)
    {
        if (role != WorkstationRole.Reader) return RoomResult<ReadView>.Fail(RoomStatus.Forbidden, "only readers amend their reads");
        if (input.Reason is null) return RoomResult<ReadView>.Fail(RoomStatus.Invalid, "reason: missing; an amendment needs a reason");
        var view = await ScanAsync(user, role, scanId, ct);
        if (!view.Succeeded) return RoomResult<ReadView>.Fail(view.Status, view.Errors);
        var reads = await study.UseAsync(s => s.GetStoredReadsAsync(scanId, ct), ct);
        if (reads.FirstOrDefault(r => r.Read.Reader == user) is not { } mine)
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"you have not read scan {scanId} yet; submit a read first");
        if (reads.Any(r => r.Read.IsConsensus))
            return RoomResult<ReadView>.Fail(RoomStatus.Conflict, $"scan {scanId} is adjudicated; its reads can no longer change");
        var read = ToRead(scanId, user, Today, input, input.Comment);
        var saved = await study.UseAsync(s => s.AmendReadAsync(read, mine.Version, user, input.Reason, ct), ct);
        return saved.Saved ? RoomResult<ReadView>.Success(ReadView.Of(read)) : RoomResult<ReadView>.Fail(StatusOf(saved.Status), saved.Message);
    }
}

using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Storage;

namespace Mibg.Web.Reading;

/// <summary>One row of a worklist, as <c>GET /api/worklist</c> returns it.</summary>
/// <param name="ScanId">The account's own code for the scan (<see cref="Blinding.ScanCodes"/>), never the study's scan id.</param>
/// <param name="Timepoint">Its time point code, only when the plan's <c>reading.show_timepoint_to_readers</c> is true (never <c>progression</c>); else null.</param>
/// <param name="Status">See <see cref="ScanStatus"/>.</param>
public sealed record WorklistItem(string ScanId, string? Timepoint, string Status);

/// <summary>What a reader or adjudicator may see of a scan: its code, no patient, no date, no event, no other scan.</summary>
public sealed record ScanView(string ScanId, string? Timepoint, string? Tracer, string? Spect, bool HasImage);

/// <summary>A read as the API shows it, under the viewer's code for the scan, with its version.</summary>
/// <param name="ScanId">The viewer's code for the scan.</param>
/// <param name="Reader">Reader code (account name), or <c>consensus</c>.</param>
/// <param name="Version">1 when submitted, one more at each amendment: what an amendment's <c>version</c> and a
/// consensus's <c>based_on</c> name (the store refuses them when the read has changed since).</param>
/// <param name="ReadDate">Date of the read.</param>
/// <param name="Siopen">Segment code → score 0–6, all 12 segments.</param>
/// <param name="SiopenTotal">Sum of the 12 segment scores (0–72).</param>
/// <param name="SoftTissue">mIBG-avid soft-tissue sites, when given.</param>
/// <param name="Curie">Curie region → score 0–3, when given.</param>
/// <param name="Comment">Free text.</param>
public sealed record ReadView(
    string ScanId, string Reader, int Version, DateOnly? ReadDate, IReadOnlyDictionary<string, int> Siopen, int SiopenTotal,
    int? SoftTissue, IReadOnlyDictionary<string, int>? Curie, string? Comment)
{
    /// <summary>False for a reader's draft (amendable, not adjudicated); true once final (it no longer changes).</summary>
    public bool Final { get; init; } = true;

    /// <summary>The view of a stored read, shown under <paramref name="shownId"/>.</summary>
    public static ReadView Of(StoredRead stored, string shownId) => Of(stored.Read, shownId, stored.Version) with { Final = stored.Final };

    /// <summary>The view of a read at <paramref name="version"/>, shown under <paramref name="shownId"/>.</summary>
    public static ReadView Of(Read r, string shownId, int version) => new(
        shownId, r.Reader, version, r.ReadDate,
        SiopenSegments.All.ToDictionary(s => s.Code, s => r.Siopen[s]),
        r.Siopen.Total, r.SoftTissue,
        r.Curie is null ? null : CurieRegions.All.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => r.Curie.Values[x.i]),
        r.Comment);
}

/// <summary>A scan whose reads are all in, with how much the readers disagree.</summary>
/// <param name="ScanId">The adjudicator's code for the scan.</param>
/// <param name="Timepoint">Its time point, as for <see cref="WorklistItem.Timepoint"/>.</param>
/// <param name="Disagreement">Sum over the 12 segments of (highest − lowest score among the readers).</param>
/// <param name="DifferingSegments">Segments where the readers' scores differ.</param>
/// <param name="Totals">Each reader's SIOPEN total.</param>
/// <param name="Identical">The reads agree exactly (<see cref="ReadingRoom.AgreeExactly"/>): one keystroke accepts them as the consensus.</param>
public sealed record Discrepancy(string ScanId, string? Timepoint, int Disagreement, IReadOnlyList<string> DifferingSegments, IReadOnlyDictionary<string, int> Totals, bool Identical);

/// <summary>What an operation of the reading room led to, in HTTP terms.</summary>
public enum RoomStatus
{
    /// <summary>Done (200).</summary>
    Ok,
    /// <summary>Created (201).</summary>
    Created,
    /// <summary>Invalid input (400).</summary>
    Invalid,
    /// <summary>Not allowed for this account (403).</summary>
    Forbidden,
    /// <summary>No such scan (404).</summary>
    NotFound,
    /// <summary>Not now: already read, reads still missing, consensus recorded (409).</summary>
    Conflict,
}

/// <summary>The outcome of a reading-room operation: a value, or a status with messages.</summary>
public sealed record RoomResult<T>(RoomStatus Status, T? Value, IReadOnlyList<string> Errors)
{
    /// <summary>Success with a value.</summary>
    public static RoomResult<T> Success(T value, RoomStatus status = RoomStatus.Ok) => new(status, value, []);

    /// <summary>Failure with one message.</summary>
    public static RoomResult<T> Fail(RoomStatus status, string message) => new(status, default, [message]);

    /// <summary>Failure with messages.</summary>
    public static RoomResult<T> Fail(RoomStatus status, IReadOnlyList<string> messages) => new(status, default, messages);

    /// <summary>Whether it succeeded.</summary>
    public bool Succeeded => Status is RoomStatus.Ok or RoomStatus.Created;
}

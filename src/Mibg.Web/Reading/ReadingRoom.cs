using Mibg.Core.Study;
using Mibg.Core.TimePoints;
using Mibg.Storage;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Reading;

/// <summary>
/// The rules of blinded double reading, shared by the pages and the JSON API: who reads which scan, what
/// each role may see, submitting, amending and adjudicating reads — every change audited.
/// Blinding is enforced here, on the server: a reader is given only the scans assigned to them, their own
/// read, and nothing of the patient (no patient id, no events, no other scan, no other reader's read).
/// </summary>
public sealed partial class ReadingRoom(StudyAccess study, IWorkstationStore workstation, TimeProvider clock)
{
    /// <summary>
    /// How long the scans, accounts and assignments read from the store are reused. Changes made through this
    /// server take effect at once; an import or <c>mibg user add</c> from another process within this time.
    /// </summary>
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);
    private StudyIndex? _index;
    private (DateTimeOffset LoadedAt, Func<string, IReadOnlyList<string>> Rule)? _assignments;

    /// <summary>The scans of the study, with their time points, cached while the study is unchanged.</summary>
    private sealed record StudyIndex(StudyCounts Counts, DateTimeOffset LoadedAt, IReadOnlyList<Scan> Scans,
        IReadOnlyDictionary<string, Scan> ById, IReadOnlyDictionary<string, TimePoint> TimePoints);

    private async Task<StudyIndex> IndexAsync(CancellationToken ct)
    {
        var index = _index;
        if (index is not null && clock.GetUtcNow() - index.LoadedAt < CacheLifetime) return index;
        return BuildIndex(await study.UseAsync(s => s.LoadAsync(ct), ct));
    }

    private StudyIndex BuildIndex(StudyData data)
    {
        var assigner = new TimePointAssigner(TimePointWindows.Default);
        var timePoints = new Dictionary<string, TimePoint>(StringComparer.Ordinal);
        foreach (var p in data.Patients)
            foreach (var (scanId, tp) in assigner.Assign(p, data.Scans, data.Events))
                timePoints[scanId] = tp;
        var counts = new StudyCounts(data.Patients.Count, data.Scans.Count, data.Reads.Count, data.Events.Count);
        var index = new StudyIndex(counts, clock.GetUtcNow(), data.Scans,
            data.Scans.ToDictionary(s => s.ScanId, StringComparer.Ordinal), timePoints);
        _index = index;
        return index;
    }

    private async Task<(StudyIndex Index, IReadOnlyList<Read> Reads)> LoadWithReadsAsync(CancellationToken ct)
    {
        var data = await study.UseAsync(s => s.LoadAsync(ct), ct);
        return (BuildIndex(data), data.Reads);
    }

    /// <summary>
    /// The time point a role may see. A reader never sees <c>progression</c> (it would reveal that the
    /// patient had an event); such a scan shows as <c>follow_up</c>.
    /// </summary>
    private static string TimepointFor(StudyIndex index, Scan scan, WorkstationRole role)
    {
        var tp = index.TimePoints.TryGetValue(scan.ScanId, out var t) ? t : scan.TimePoint ?? TimePoint.FollowUp;
        if (role == WorkstationRole.Reader && tp == TimePoint.Progression) tp = TimePoint.FollowUp;
        return tp.Code();
    }

    /// <summary>Who reads which scan: the admin's explicit assignment, else the study's readers (a defined set).</summary>
    private async Task<Func<string, IReadOnlyList<string>>> AssignmentsAsync(CancellationToken ct)
    {
        if (_assignments is { } cached && clock.GetUtcNow() - cached.LoadedAt < CacheLifetime) return cached.Rule;
        var readers = await workstation.GetStudyReadersAsync(ct);
        var explicitAssignments = await workstation.ListAssignmentsAsync(ct);
        IReadOnlyList<string> Rule(string scanId) => explicitAssignments.TryGetValue(scanId, out var r) ? r : readers;
        _assignments = (clock.GetUtcNow(), Rule);
        return Rule;
    }

    /// <summary>Sets the readers of a scan (admin); an empty list restores every reader. Takes effect at once.</summary>
    public async Task<RoomResult<IReadOnlyList<string>>> AssignAsync(string admin, string scanId, IReadOnlyList<string> readers, CancellationToken ct = default)
    {
        if (!(await IndexAsync(ct)).ById.ContainsKey(scanId))
            return RoomResult<IReadOnlyList<string>>.Fail(RoomStatus.NotFound, $"scan {scanId} is not in the study");
        var accounts = (await workstation.ListUsersAsync(ct)).Where(u => u.Role == WorkstationRole.Reader).Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        if (readers.FirstOrDefault(r => !accounts.Contains(r)) is { } unknown)
            return RoomResult<IReadOnlyList<string>>.Fail(RoomStatus.Invalid, $"readers: {unknown} is not a reader account (add it with mibg user add --role reader)");
        await workstation.SetAssignmentAsync(scanId, readers, admin, ct);
        _assignments = null;
        return RoomResult<IReadOnlyList<string>>.Success(readers);
    }

    /// <summary>The worklist of an account: a reader's assigned scans, or every scan for an adjudicator.</summary>
    public async Task<RoomResult<IReadOnlyList<WorklistItem>>> WorklistAsync(string user, WorkstationRole role, CancellationToken ct = default)
    {
        if (role is not (WorkstationRole.Reader or WorkstationRole.Adjudicator))
            return RoomResult<IReadOnlyList<WorklistItem>>.Fail(RoomStatus.Forbidden, "only readers and adjudicators have a worklist");
        var (index, reads) = await LoadWithReadsAsync(ct);
        var assigned = await AssignmentsAsync(ct);
        var readersOf = reads.ToLookup(r => r.ScanId, r => r.Reader, StringComparer.Ordinal);
        var items = new List<WorklistItem>();
        foreach (var scan in index.Scans)
        {
            var readers = assigned(scan.ScanId);
            var done = readersOf[scan.ScanId].ToHashSet(StringComparer.Ordinal);
            string status;
            if (role == WorkstationRole.Reader)
            {
                if (!readers.Contains(user)) continue;
                status = done.Contains(user) ? ScanStatus.Submitted : ScanStatus.ToRead;
            }
            else if (done.Contains(Read.ConsensusReader)) status = ScanStatus.Resolved;
            else status = readers.Count > 0 && readers.All(done.Contains) ? ScanStatus.ToAdjudicate : ScanStatus.WaitingForReads;
            items.Add(new WorklistItem(scan.ScanId, scan.ScanDate, TimepointFor(index, scan, role), status));
        }
        return RoomResult<IReadOnlyList<WorklistItem>>.Success(items);
    }

    /// <summary>What an account may see of one scan (404 unknown, 403 not assigned to this reader).</summary>
    public async Task<RoomResult<ScanView>> ScanAsync(string user, WorkstationRole role, string scanId, CancellationToken ct = default)
    {
        var index = await IndexAsync(ct);
        if (!index.ById.TryGetValue(scanId, out var scan))
            return RoomResult<ScanView>.Fail(RoomStatus.NotFound, $"scan {scanId} is not in the study");
        if (role == WorkstationRole.Reader && !(await AssignmentsAsync(ct))(scanId).Contains(user))
            return RoomResult<ScanView>.Fail(RoomStatus.Forbidden, $"scan {scanId} is not assigned to you");
        if (role is not (WorkstationRole.Reader or WorkstationRole.Adjudicator))
            return RoomResult<ScanView>.Fail(RoomStatus.Forbidden, "only readers and adjudicators open scans");
        return RoomResult<ScanView>.Success(new ScanView(scan.ScanId, scan.ScanDate, TimepointFor(index, scan, role),
            scan.Tracer, scan.Spect, !string.IsNullOrWhiteSpace(scan.Image)));
    }

    /// <summary>The image path recorded for a scan, when this account may see the scan.</summary>
    public async Task<RoomResult<string>> ImagePathAsync(string user, WorkstationRole role, string scanId, CancellationToken ct = default)
    {
        var view = await ScanAsync(user, role, scanId, ct);
        if (!view.Succeeded) return RoomResult<string>.Fail(view.Status, view.Errors);
        var image = (await IndexAsync(ct)).ById[scanId].Image;
        return string.IsNullOrWhiteSpace(image)
            ? RoomResult<string>.Fail(RoomStatus.NotFound, $"scan {scanId} has no image")
            : RoomResult<string>.Success(image);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

using System.Collections.Concurrent;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;
using Mibg.Storage;
using Mibg.Storage.Workstation;
using Mibg.Web.Blinding;

namespace Mibg.Web.Reading;

/// <summary>
/// The rules of blinded double reading, shared by the pages and the JSON API: who reads which scan, what
/// each role may see, submitting, amending and adjudicating reads — every change audited.
/// Blinding is enforced here, on the server (docs/security.md, "Blinding"): readers and adjudicators name a
/// scan only by their own opaque code (<see cref="ScanCodes"/>), in their own random order; they never receive
/// the study's scan id, the patient, the scan date, events, or (unless the plan's <c>reading</c> section allows)
/// the time point. A reader sees only their own read.
/// </summary>
public sealed partial class ReadingRoom(StudyAccess study, IWorkstationStore workstation, TimeProvider clock, ScanCodes codes, ReadingSettings reading)
{
    /// <summary>
    /// How long the scans, accounts and assignments read from the store are reused. Changes made through this
    /// server take effect at once; an import or <c>mibg user add</c> from another process within this time.
    /// </summary>
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);
    private StudyIndex? _index;
    private (DateTimeOffset LoadedAt, Func<string, IReadOnlyList<string>> Rule)? _assignments;

    /// <summary>The scans of the study, with their time points, cached while the study is unchanged.</summary>
    private sealed record StudyIndex(DateTimeOffset LoadedAt, IReadOnlyList<Scan> Scans,
        IReadOnlyDictionary<string, Scan> ById, IReadOnlyDictionary<string, TimePoint> TimePoints)
    {
        public ConcurrentDictionary<string, AccountScans> Accounts { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The scans as one account sees them: by code, and in the account's own order.</summary>
    private sealed record AccountScans(IReadOnlyDictionary<string, Scan> ByCode, IReadOnlyDictionary<string, string> CodeOf, IReadOnlyList<Scan> Ordered);

    private async Task<StudyIndex> IndexAsync(CancellationToken ct)
    {
        var index = _index;
        if (index is not null && clock.GetUtcNow() - index.LoadedAt < CacheLifetime) return index;
        return BuildIndex(await study.UseAsync(s => s.LoadAsync(ct), ct));
    }

    private StudyIndex BuildIndex(StudyData data)
    {
        var old = _index;
        if (old is not null && clock.GetUtcNow() - old.LoadedAt < CacheLifetime && old.Scans.Count == data.Scans.Count) return old;
        var assigner = new TimePointAssigner(TimePointWindows.Default);
        var timePoints = new Dictionary<string, TimePoint>(StringComparer.Ordinal);
        foreach (var p in data.Patients)
            foreach (var (scanId, tp) in assigner.Assign(p, data.Scans, data.Events))
                timePoints[scanId] = tp;
        var index = new StudyIndex(clock.GetUtcNow(), data.Scans, data.Scans.ToDictionary(s => s.ScanId, StringComparer.Ordinal), timePoints);
        _index = index;
        return index;
    }

    /// <summary>The study and its reads; drafts are returned apart (adjudication never sees them).</summary>
    private async Task<(StudyIndex Index, IReadOnlyList<Read> Reads, IReadOnlySet<(string Scan, string Reader)> Drafts)> LoadWithReadsAsync(CancellationToken ct)
    {
        var data = await study.UseAsync(s => s.LoadAsync(ct), ct);
        var drafts = (await study.UseAsync(s => s.GetStoredReadsAsync(null, ct), ct)).Where(r => !r.Final).Select(r => (r.Read.ScanId, r.Read.Reader)).ToHashSet();
        return (BuildIndex(data), data.Reads.Where(r => !drafts.Contains((r.ScanId, r.Reader))).ToArray(), drafts);
    }

    private AccountScans ScansOf(StudyIndex index, string account) => index.Accounts.GetOrAdd(account, a =>
    {
        var byCode = new Dictionary<string, Scan>(StringComparer.Ordinal);
        var codeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var scan in index.Scans)
        {
            var code = codes.CodeOf(a, scan.ScanId);
            // 50-bit codes: a clash within one account is below 1 in 10⁹ for 1,000 scans; refuse rather than mix scans up.
            if (!byCode.TryAdd(code, scan))
                throw new InvalidOperationException($"two scans share the code {code} for account {a}; replace the blinding key file to draw new codes");
            codeOf[scan.ScanId] = code;
        }
        var ordered = index.Scans.OrderBy(s => codes.OrderOf(a, s.ScanId)).ThenBy(s => s.ScanId, StringComparer.Ordinal).ToArray();
        return new AccountScans(byCode, codeOf, ordered);
    });

    /// <summary>
    /// The time point a reader or adjudicator may see: none unless the plan's <c>reading.show_timepoint_to_readers</c>
    /// is true, and never <c>progression</c> (shown as <c>follow_up</c>: it would reveal that the patient had an event).
    /// </summary>
    private string? TimepointFor(StudyIndex index, Scan scan)
    {
        if (!reading.ShowTimepointToReaders) return null;
        var tp = index.TimePoints.TryGetValue(scan.ScanId, out var t) ? t : scan.TimePoint ?? TimePoint.FollowUp;
        return (tp == TimePoint.Progression ? TimePoint.FollowUp : tp).Code();
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

    /// <summary>Sets the readers of a scan (admin, by the study's scan id); an empty list restores the default. Takes effect at once.</summary>
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

    /// <summary>
    /// The worklist of an account in its own stable random order: a reader's assigned scans, or every scan for an
    /// adjudicator, each under the account's code.
    /// </summary>
    public async Task<RoomResult<IReadOnlyList<WorklistItem>>> WorklistAsync(string user, WorkstationRole role, CancellationToken ct = default)
    {
        if (role is not (WorkstationRole.Reader or WorkstationRole.Adjudicator))
            return RoomResult<IReadOnlyList<WorklistItem>>.Fail(RoomStatus.Forbidden, "only readers and adjudicators have a worklist");
        var (index, reads, drafts) = await LoadWithReadsAsync(ct);
        var assigned = await AssignmentsAsync(ct);
        var readersOf = reads.ToLookup(r => r.ScanId, r => r.Reader, StringComparer.Ordinal);
        var mine = ScansOf(index, user);
        var items = new List<WorklistItem>();
        foreach (var scan in mine.Ordered)
        {
            var readers = assigned(scan.ScanId);
            var done = readersOf[scan.ScanId].ToHashSet(StringComparer.Ordinal);
            string status;
            if (role == WorkstationRole.Reader)
            {
                if (!readers.Contains(user)) continue;
                status = done.Contains(user) ? ScanStatus.Submitted : drafts.Contains((scan.ScanId, user)) ? ScanStatus.Draft : ScanStatus.ToRead;
            }
            else if (done.Contains(Read.ConsensusReader)) status = ScanStatus.Resolved;
            else status = readers.Count > 0 && readers.All(done.Contains) ? ScanStatus.ToAdjudicate : ScanStatus.WaitingForReads;
            items.Add(new WorklistItem(mine.CodeOf[scan.ScanId], TimepointFor(index, scan), status));
        }
        return RoomResult<IReadOnlyList<WorklistItem>>.Success(items);
    }

    /// <summary>The one message for a code that names no scan of this account (unknown, or not assigned: never says which).</summary>
    public static string NoSuchScan(string shownId) => $"no scan {shownId} in your worklist";

    /// <summary>
    /// The scan behind the id an account sees (its code for the scan): the single way from a URL to a scan for
    /// readers and adjudicators (pages, API, images). A reader resolves only the scans assigned to them; anything
    /// else is 404 with <see cref="NoSuchScan"/>, whether the scan exists or not. Admins and analysts open no scan (403).
    /// </summary>
    public async Task<RoomResult<Scan>> ResolveScanAsync(string user, WorkstationRole role, string shownId, CancellationToken ct = default)
    {
        if (role is not (WorkstationRole.Reader or WorkstationRole.Adjudicator))
            return RoomResult<Scan>.Fail(RoomStatus.Forbidden, "only readers and adjudicators open scans");
        if (!ScanCodes.IsWellFormed(shownId)) return RoomResult<Scan>.Fail(RoomStatus.NotFound, NoSuchScan(shownId));
        var index = await IndexAsync(ct);
        if (!ScansOf(index, user).ByCode.TryGetValue(shownId, out var scan)
            || (role == WorkstationRole.Reader && !(await AssignmentsAsync(ct))(scan.ScanId).Contains(user)))
            return RoomResult<Scan>.Fail(RoomStatus.NotFound, NoSuchScan(shownId));
        return RoomResult<Scan>.Success(scan);
    }

    /// <summary>What an account may see of one scan, by the id it sees.</summary>
    public async Task<RoomResult<ScanView>> ScanAsync(string user, WorkstationRole role, string shownId, CancellationToken ct = default)
    {
        var scan = await ResolveScanAsync(user, role, shownId, ct);
        if (!scan.Succeeded) return RoomResult<ScanView>.Fail(scan.Status, scan.Errors);
        var s = scan.Value!;
        return RoomResult<ScanView>.Success(new ScanView(shownId, TimepointFor(await IndexAsync(ct), s), s.Tracer, s.Spect, !string.IsNullOrWhiteSpace(s.Image)));
    }

    /// <summary>The image path recorded for a scan, when this account may see the scan.</summary>
    public async Task<RoomResult<string>> ImagePathAsync(string user, WorkstationRole role, string shownId, CancellationToken ct = default)
    {
        var scan = await ResolveScanAsync(user, role, shownId, ct);
        if (!scan.Succeeded) return RoomResult<string>.Fail(scan.Status, scan.Errors);
        return string.IsNullOrWhiteSpace(scan.Value!.Image)
            ? RoomResult<string>.Fail(RoomStatus.NotFound, $"scan {shownId} has no image")
            : RoomResult<string>.Success(scan.Value.Image);
    }

    /// <summary>The code under which <paramref name="account"/> sees the scan <paramref name="scanId"/> (for links between pages).</summary>
    public async Task<string?> CodeForAsync(string account, string scanId, CancellationToken ct = default)
    {
        var index = await IndexAsync(ct);
        return ScansOf(index, account).CodeOf.TryGetValue(scanId, out var code) ? code : null;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

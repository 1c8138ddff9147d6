using Mibg.Core.Study;
using static Mibg.Analysis.Demo.SegmentDraw;

namespace Mibg.Analysis.Demo;

internal sealed partial class DemoCohortBuilder
{
    private bool _pendingFollowUpAdded;

    /// <summary>
    /// An eligible patient whose skeletal uptake cleared after HDC (post-HDC total 0). Outcomes drawn: about 38%
    /// relapse or progress (some during maintenance, most after; three in four of them die), a few deaths without
    /// progression and second malignancies; the rest event-free.
    /// </summary>
    private void AddCleared()
    {
        var d = Course(RandomDate(First, Last));
        _drafts.Add(d);
        var dx = DiagnosisScores(Pick(_rng, Enumerable.Range(0, Segments), Between(1, 10)));
        var postInduction = Reduce(_rng, dx, Between(0, dx.Sum() / 2));
        var zero = new int[Segments];
        d.Scan(DxScanDate(d), dx);
        d.Scan(PostInductionScanDate(d), postInduction);
        var postDate = PostHdcScanDate(d);
        d.Scan(postDate, zero);
        var eot = d.EndOfTreatment!.Value;

        var u = _rng.NextDouble();
        if (u < 0.06)
        {
            // Disease event during maintenance: treatment stops, no end-of-treatment scan.
            var eventDate = RandomDate(postDate.AddDays(60), eot.AddDays(-15));
            d.EndOfTreatment = eventDate.AddDays(Between(0, 14));
            Relapse(d, dx, eventDate);
            return;
        }
        var eotDate = EotScanDate(d);
        var latestRelapse = Earlier(eot.AddDays(2500), Cutoff.AddDays(-30));
        var earliestRelapse = Later(eotDate, eot).AddDays(60);
        if (Chance(0.95)) d.Scan(eotDate, zero);
        if (u < 0.38 && earliestRelapse < latestRelapse)
        {
            Relapse(d, dx, RandomDate(earliestRelapse, latestRelapse));
            return;
        }
        if (u < 0.40)
        {
            // Death without progression (e.g. treatment toxicity, infection) during maintenance.
            d.EndOfTreatment = null;
            d.Scans.RemoveAll(s => s.Date == eotDate && s.Date > postDate);
            d.Die(RandomDate(Later(postDate.AddDays(20), d.MaintenanceStart!.Value.AddDays(10)), eot.AddDays(-10)));
            return;
        }
        d.LastContact = EventFreeLastContact(eotDate.AddDays(30));
        if (u < 0.415 && eot.AddDays(800) < d.LastContact.AddDays(-60))
        {
            d.Events.Add((RandomDate(eot.AddDays(800), d.LastContact.AddDays(-60)), EventType.SecondMalignancy, []));
            return;
        }
        if (Chance(0.3) && eot.AddDays(400) < d.LastContact)
        {
            // The first such follow-up scan is still waiting for its consensus read (listed as pending, changes nothing else).
            d.Scan(eot.AddDays(Between(330, 400)), _pendingFollowUpAdded ? zero : null, pendingTruth: zero);
            _pendingFollowUpAdded = true;
        }
    }

    /// <summary>A progression or relapse at <paramref name="eventDate"/>, usually with a progression scan; death often follows.</summary>
    private void Relapse(DemoPatientDraft d, int[] dx, DateOnly eventDate)
    {
        var dxSites = Support(dx);
        var outside = Enumerable.Range(0, Segments).Where(i => dx[i] == 0).ToArray();
        var p = _rng.NextDouble();
        int[] support = p < 0.55 || outside.Length == 0
            ? Pick(_rng, dxSites, Between(1, dxSites.Length))
            : p < 0.8
                ? [.. Pick(_rng, dxSites, Between(1, dxSites.Length)).Concat(Pick(_rng, outside, Between(1, Math.Min(3, outside.Length)))).Order()]
                : Pick(_rng, outside, Between(1, Math.Min(4, outside.Length)));
        var progression = Distribute(_rng, support, Between(support.Length, Math.Min(6 * support.Length, 56)));
        if (Chance(0.85)) d.Scan(eventDate.AddDays(-Between(0, 10)), progression);
        d.Events.Add((eventDate, Chance(0.6) ? EventType.Relapse : EventType.Progression, Sites(progression)));
        if (Chance(0.72)) d.Die(Earlier(eventDate.AddDays(Between(60, 1400)), Cutoff.AddDays(-Between(1, 20))));
        else d.LastContact = Later(eventDate.AddDays(30), Cutoff.AddDays(-Between(0, 200)));
    }
}

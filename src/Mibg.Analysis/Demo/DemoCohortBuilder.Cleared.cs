using Mibg.Core.Study;
using static Mibg.Analysis.Demo.SegmentDraw;

namespace Mibg.Analysis.Demo;

internal sealed partial class DemoCohortBuilder
{
    private bool _pendingFollowUpAdded;

    /// <summary>Chance that a patient whose uptake cleared after HDC has a disease event, without / with anti-GD2 maintenance.</summary>
    public const double ClearedEventRiskWithoutAntiGd2 = 0.48, ClearedEventRiskWithAntiGd2 = 0.36;

    /// <summary>
    /// Disease-event risk multiplier by MYCN status: 1.3 amplified, 0.85 not amplified or gain, 1 unknown (about 1.5 times the
    /// risk with amplification; MYCN amplification is adverse in stage M over 18 months too, Cohn et al., JCO 2009, INRG). The
    /// average over the demo's MYCN mix (38% amplified) stays about 1, so the cohort's outcome is unchanged.
    /// </summary>
    private static double MycnRiskFactor(string mycn) => mycn switch
    {
        "amplified" => 1.3,
        "not_amplified" or "gain" => 0.85,
        _ => 1.0,
    };

    /// <summary>Share of those disease events that happen during maintenance (treatment then stops).</summary>
    public const double EventsDuringMaintenanceShare = 0.15;

    /// <summary>Chance of a death without progression (toxicity, infection) during maintenance, and of a second malignancy.</summary>
    public const double ToxicDeathRisk = 0.03, SecondMalignancyRisk = 0.015;

    /// <summary>Median time from the end of treatment to a relapse, days (log-normal, σ 1.0): most relapses of high-risk
    /// neuroblastoma come within two years of the end of treatment, fewer up to five years and some later.</summary>
    public const int MedianDaysToRelapseAfterTreatment = 330;

    /// <summary>
    /// An eligible patient whose skeletal uptake cleared after HDC (post-HDC total 0). Outcomes are drawn so that the
    /// demo's survival is that of published high-risk stage M cohorts (docs/analysis.md "The demo study"): a disease
    /// event in 48% of the patients without anti-GD2 maintenance and 36% of those with it (15% of the events during
    /// maintenance, the rest after, median 11 months after the end of treatment), most of them fatal; a few deaths
    /// without progression and second malignancies; the rest event-free until the data freeze.
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

        var risk = (d.AntiGd2 == "yes" ? ClearedEventRiskWithAntiGd2 : ClearedEventRiskWithoutAntiGd2) * MycnRiskFactor(d.Mycn);
        var u = _rng.NextDouble();
        if (u < risk * EventsDuringMaintenanceShare)
        {
            // Disease event during maintenance: treatment stops, no end-of-treatment scan.
            var eventDate = RandomDate(postDate.AddDays(60), eot.AddDays(-15));
            d.EndOfTreatment = eventDate.AddDays(Between(0, 14));
            Relapse(d, dx, eventDate);
            return;
        }
        var eotDate = EotScanDate(d);
        if (Chance(0.95)) d.Scan(eotDate, zero);
        if (u < risk)
        {
            var relapse = RelapseAfterTreatment(Later(eotDate, eot));
            if (relapse < Cutoff.AddDays(-30))
            {
                Relapse(d, dx, relapse);
                return;
            }
            // The relapse would come after the data freeze: event-free when last seen.
        }
        else if (u < risk + ToxicDeathRisk)
        {
            // Death without progression (e.g. treatment toxicity, infection) during maintenance.
            d.EndOfTreatment = null;
            d.Scans.RemoveAll(s => s.Date == eotDate && s.Date > postDate);
            d.Die(RandomDate(Later(postDate.AddDays(20), d.MaintenanceStart!.Value.AddDays(10)), eot.AddDays(-10)));
            return;
        }
        d.LastContact = EventFreeLastContact(eotDate.AddDays(30));
        if (u >= risk + ToxicDeathRisk && u < risk + ToxicDeathRisk + SecondMalignancyRisk && eot.AddDays(800) < d.LastContact.AddDays(-60))
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

    /// <summary>A relapse date after the end of treatment: at least 60 days after <paramref name="after"/>, then log-normal (median <see cref="MedianDaysToRelapseAfterTreatment"/>, σ 1.0).</summary>
    private DateOnly RelapseAfterTreatment(DateOnly after) =>
        after.AddDays(60 + (int)Math.Round(MedianDaysToRelapseAfterTreatment * Math.Exp(1.0 * Normal())));

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
        // Relapsed high-risk neuroblastoma is rarely cured: most die, usually within two years.
        if (Chance(0.85)) d.Die(Earlier(eventDate.AddDays(Between(45, 730)), Cutoff.AddDays(-Between(1, 20))));
        else d.LastContact = Later(eventDate.AddDays(30), Cutoff.AddDays(-Between(0, 200)));
    }
}

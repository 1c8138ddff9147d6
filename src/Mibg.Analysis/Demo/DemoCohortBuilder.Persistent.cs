using Mibg.Core.Study;
using static Mibg.Analysis.Demo.SegmentDraw;

namespace Mibg.Analysis.Demo;

internal sealed partial class DemoCohortBuilder
{
    /// <summary>Relapse site pattern designed for a patient who progressed.</summary>
    private enum Pattern { OnlyNew, ConfinedToPersistent, InvolvesCleared, InvolvesNewAndPrior }

    /// <summary>
    /// The 30 persistent patients, designed from the seed study's figures (design/domain.md; abstract):
    /// 4 complete responses at end of treatment (post-HDC scores any, follow-up 8 y [1.8–11.8]);
    /// 7 persistent responses (post-HDC 2 [1–6], end of treatment 2 [1–4], follow-up 8.2 y [4–15.6]);
    /// 2 progressions during maintenance and 17 after treatment: post-HDC 4 [1–28] over the 19, end of treatment
    /// 2 [1–17] over the 17, at progression 34 [2–56] over the 19; 13 of the 17 relapses at prior skeletal sites.
    /// </summary>
    private void AddPersistent()
    {
        // Complete response at end of treatment: follow-up days 657, 2922, 2922, 4310 → 1.80, 8.00, 8.00, 11.80 y
        // (÷ 365.25) → median 8.0 [1.8–11.8].
        int[] crPost = [1, 2, 3, 5];
        int[] crFollowUpDays = [657, 2922, 2922, 4310];
        for (var i = 0; i < 4; i++) AddResponder(crPost[i], 0, crFollowUpDays[i]);

        // Persistent response: post-HDC 1,1,2,2,3,4,6 → 2 [1–6]; EOT 1,1,2,2,2,3,4 → 2 [1–4];
        // follow-up days 1461, 2228, 2666, 2995, 3616, 4529, 5698 → 4.00, 6.10, 7.30, 8.20, 9.90, 12.40, 15.60 y → 8.2 [4.0–15.6].
        int[] prPost = [1, 1, 2, 2, 3, 4, 6];
        int[] prEot = [1, 1, 2, 2, 2, 3, 4];
        int[] prFollowUpDays = [1461, 2228, 2666, 2995, 3616, 4529, 5698];
        for (var i = 0; i < 7; i++) AddResponder(prPost[i], prEot[i], prFollowUpDays[i]);

        // Progression during maintenance: post-HDC 3 and 10; at progression 34 and 46; relapses involve cleared sites.
        AddProgression(3, null, 34, Pattern.InvolvesCleared);
        AddProgression(10, null, 46, Pattern.InvolvesCleared);

        // Progression after treatment (17). With the two above, post-HDC over the 19:
        // 1,1,2,2,3,3,3,4,4,4,5,6,7,8,10,12,16,21,28 → median (10th) 4 [1–28];
        // EOT over the 17: 1,1,1,1,2,2,2,2,2,3,3,4,5,6,8,11,17 → median (9th) 2 [1–17];
        // progression over the 19: 2,9,15,19,24,27,29,31,33,34,36,38,41,44,46,49,52,54,56 → median (10th) 34 [2–56].
        // Sites: 4 only at new sites (not prior skeletal disease), 13 at prior sites → 13/17.
        (int Post, int Eot, int Progression, Pattern Pattern)[] after =
        [
            (1, 1, 2, Pattern.OnlyNew), (1, 1, 9, Pattern.OnlyNew), (2, 1, 15, Pattern.OnlyNew), (2, 1, 19, Pattern.OnlyNew),
            (3, 2, 31, Pattern.InvolvesCleared), (3, 2, 33, Pattern.InvolvesNewAndPrior), (4, 2, 36, Pattern.InvolvesCleared),
            (4, 2, 38, Pattern.InvolvesCleared), (4, 2, 44, Pattern.InvolvesNewAndPrior), (5, 3, 41, Pattern.InvolvesCleared),
            (6, 3, 49, Pattern.InvolvesCleared), (7, 4, 54, Pattern.InvolvesNewAndPrior), (8, 5, 52, Pattern.InvolvesCleared),
            (12, 6, 56, Pattern.InvolvesCleared),
            (16, 8, 24, Pattern.ConfinedToPersistent), (21, 11, 27, Pattern.ConfinedToPersistent), (28, 17, 29, Pattern.ConfinedToPersistent),
        ];
        foreach (var a in after) AddProgression(a.Post, a.Eot, a.Progression, a.Pattern);
    }

    /// <summary>A persistent patient without a disease event: EOT total 0 (CR) or &gt; 0 (persistent response); alive, event-free.</summary>
    private void AddResponder(int postTotal, int eotTotal, int followUpDays)
    {
        var lastContact = Cutoff.AddDays(-Between(0, 120));
        var d = Course(lastContact.AddDays(-followUpDays));
        d.LastContact = lastContact;
        var post = PostHdcScores(postTotal, Between(1, Math.Min(postTotal, 3)));
        var dx = DiagnosisScores(Support(post).Concat(Pick(_rng, Complement(post), Between(1, 6))), post);
        var eot = eotTotal == 0 ? new int[Segments] : Reduce(_rng, post, eotTotal);
        d.Scan(DxScanDate(d), dx);
        d.Scan(PostInductionScanDate(d), Between(dx, post));
        d.Scan(PostHdcScanDate(d), post);
        d.Scan(EotScanDate(d), eot);
        if (Chance(0.5) && d.EndOfTreatment!.Value.AddDays(400) < lastContact) d.Scan(d.EndOfTreatment.Value.AddDays(Between(330, 400)), eot);
        _drafts.Add(d);
    }

    /// <summary>
    /// A persistent patient who progressed: during maintenance (<paramref name="eotTotal"/> null: no EOT scan, the
    /// end of treatment is the date maintenance stopped) or after treatment (positive EOT scan, relapse ≥ 60 days later).
    /// </summary>
    private void AddProgression(int postTotal, int? eotTotal, int progressionTotal, Pattern pattern)
    {
        var d = Course(RandomDate(First, new DateOnly(2018, 6, 30)));
        var confined = pattern == Pattern.ConfinedToPersistent;
        var post = PostHdcScores(postTotal, confined ? Math.Min(postTotal, 6) : Between((postTotal + 5) / 6, Math.Min(postTotal, 4)));
        int[] eot = eotTotal is { } e
            ? confined ? Distribute(_rng, Support(post), e, maximum: post) : Reduce(_rng, post, e)
            : [];
        var reference = eotTotal is null ? post : eot;
        var dxSupport = DiagnosisSupport(post, reference, progressionTotal, pattern);
        var dx = DiagnosisScores(dxSupport, post);
        var progression = ProgressionScores(dx, reference, progressionTotal, pattern);

        d.Scan(DxScanDate(d), dx);
        d.Scan(PostInductionScanDate(d), Between(dx, post));
        var postDate = PostHdcScanDate(d);
        d.Scan(postDate, post);
        DateOnly eventDate;
        if (eotTotal is null)
        {
            eventDate = RandomDate(postDate.AddDays(60), d.EndOfTreatment!.Value.AddDays(-15));
            d.EndOfTreatment = eventDate.AddDays(Between(0, 14));
        }
        else
        {
            var eotDate = EotScanDate(d);
            d.Scan(eotDate, eot);
            // Same timing as the relapses of the cleared (most within two years); one drawn after the data freeze is
            // redrawn within the follow-up, since these 17 relapses are published figures.
            var earliest = Later(eotDate, d.EndOfTreatment!.Value).AddDays(60);
            eventDate = RelapseAfterTreatment(Later(eotDate, d.EndOfTreatment.Value));
            if (eventDate > Cutoff.AddDays(-60)) eventDate = RandomDate(earliest, Later(earliest, Cutoff.AddDays(-60)));
        }
        d.Scan(eventDate.AddDays(-Between(0, 10)), progression);
        d.Events.Add((eventDate, eotTotal is null || Chance(0.5) ? EventType.Progression : EventType.Relapse, Sites(progression)));
        if (Chance(0.8)) d.Die(Earlier(eventDate.AddDays(Between(60, 900)), Cutoff.AddDays(-Between(1, 30))));
        else d.LastContact = Cutoff.AddDays(-Between(0, 40));
        _drafts.Add(d);
    }

    /// <summary>Post-HDC scores with total <paramref name="total"/> on <paramref name="segments"/> segments.</summary>
    private int[] PostHdcScores(int total, int segments)
    {
        segments = Math.Clamp(segments, (total + Max - 1) / Max, Math.Min(total, Segments));
        return Distribute(_rng, Pick(_rng, Enumerable.Range(0, Segments), segments), total);
    }

    private static IEnumerable<int> Complement(int[] v) => Enumerable.Range(0, Segments).Where(i => v[i] == 0);

    /// <summary>Diagnosis support: the post-HDC sites plus enough others for the designed progression pattern.</summary>
    private int[] DiagnosisSupport(int[] post, int[] reference, int progressionTotal, Pattern pattern)
    {
        var postSites = Support(post);
        var free = Complement(post).ToArray();
        int extra = pattern switch
        {
            // Only new sites at progression: leave room for them outside the diagnosis sites.
            Pattern.OnlyNew => Between(0, Math.Max(0, Segments - postSites.Length - (progressionTotal + Max - 1) / Max - 1)),
            Pattern.ConfinedToPersistent => Between(1, 5),
            // Cleared (and new) sites: enough diagnosis sites to carry the progression total.
            Pattern.InvolvesCleared => Math.Max(1, (progressionTotal + Max - 1) / Max - postSites.Length) + Between(0, 1),
            _ => Math.Max(1, (progressionTotal + Max - 1) / Max - postSites.Length - 2) + Between(0, 1),
        };
        extra = Math.Clamp(extra, 0, pattern == Pattern.InvolvesNewAndPrior ? free.Length - 2 : free.Length);
        _ = reference;
        return [.. postSites.Concat(Pick(_rng, free, extra)).Order()];
    }

    /// <summary>Progression scores with the designed total whose sites fall in the designed classes.</summary>
    private int[] ProgressionScores(int[] dx, int[] reference, int total, Pattern pattern)
    {
        var dxSites = Support(dx);
        var refSites = Support(reference);
        var outside = Complement(dx).ToArray();
        int[] support = pattern switch
        {
            Pattern.ConfinedToPersistent => refSites,
            Pattern.InvolvesCleared => dxSites,
            Pattern.OnlyNew => Pick(_rng, outside, Math.Clamp(Between((total + Max - 1) / Max, Math.Min(total, 4)), 1, outside.Length)),
            _ => [.. dxSites.Concat(Pick(_rng, outside, Math.Clamp((total + Max - 1) / Max - dxSites.Length, 1, Math.Min(3, outside.Length)))).Order()],
        };
        var minimum = new int[Segments];
        foreach (var s in support) minimum[s] = pattern == Pattern.ConfinedToPersistent ? reference[s] : 1;
        return Distribute(_rng, support, total, minimum);
    }
}

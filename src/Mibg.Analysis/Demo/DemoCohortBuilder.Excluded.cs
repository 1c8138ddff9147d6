using Mibg.Core.Study;
using static Mibg.Analysis.Demo.SegmentDraw;

namespace Mibg.Analysis.Demo;

internal sealed partial class DemoCohortBuilder
{
    /// <summary>
    /// 36 patients excluded at each flow step: 9 not stage M, 7 aged 1 year or less, 5 diagnosed outside
    /// 2000–2020, 4 with an mIBG-negative diagnosis scan, 8 without HDC, 2 progressing between HDC and the post-HDC
    /// scan, 3 without a read post-HDC scan (2 not scanned, 1 waiting for its consensus read).
    /// </summary>
    private void AddExcluded()
    {
        // Not stage M: localised (L1, L2) and MS; no HDC; the diagnosis scan shows no skeletal disease.
        foreach (var stage in new[] { "L1", "L1", "L2", "L2", "L2", "L2", "MS", "MS", "MS" })
        {
            var d = new DemoPatientDraft { Diagnosis = RandomDate(First, Last), InrgStage = stage };
            Demographics(d);
            d.InssStage = stage switch { "L1" => "1", "L2" => Chance(0.5) ? "2B" : "3", _ => "4S" };
            d.AgeDays = stage == "MS" ? Between(20, 360) : Between(200, 3000);
            d.BoneMarrow = stage == "MS" && Chance(0.5) ? "yes" : "no";
            d.InductionRegimen = null;
            d.Scan(DxScanDate(d), new int[Segments]);
            d.LastContact = EventFreeLastContact(d.Diagnosis.AddDays(500));
            _drafts.Add(d);
        }
        // Stage M at 1 year or younger (one exactly 365 days: "over 1 year" excludes it).
        foreach (var age in new[] { 365, 340, 300, 280, 250, 190, 120 })
        {
            var d = Course(RandomDate(First, Last));
            d.AgeDays = age;
            AddStandardScans(d, cleared: true);
            d.LastContact = EventFreeLastContact(d.EndOfTreatment!.Value.AddDays(30));
            _drafts.Add(d);
        }
        // Diagnosed before 2000 or after 2020.
        foreach (var dx in new[] { new DateOnly(1998, 5, 12), new DateOnly(1999, 3, 2), new DateOnly(1999, 11, 23) })
        {
            var d = Course(dx);
            AddStandardScans(d, cleared: Chance(0.7));
            d.LastContact = EventFreeLastContact(d.EndOfTreatment!.Value.AddDays(30));
            _drafts.Add(d);
        }
        foreach (var dx in new[] { new DateOnly(2021, 2, 8), new DateOnly(2021, 4, 19) })
        {
            // Still in maintenance at the data freeze: no end of treatment yet.
            var d = Course(dx);
            d.EndOfTreatment = null;
            var dxScores = DiagnosisScores(Pick(_rng, Enumerable.Range(0, Segments), Between(2, 8)));
            d.Scan(DxScanDate(d), dxScores);
            d.Scan(PostHdcScanDate(d), new int[Segments]);
            d.LastContact = Cutoff.AddDays(-Between(0, 30));
            _drafts.Add(d);
        }
        // mIBG-negative diagnosis scan (non-avid tumour).
        for (var i = 0; i < 4; i++)
        {
            var d = Course(RandomDate(First, Last));
            var zero = new int[Segments];
            d.Scan(DxScanDate(d), zero);
            d.Scan(PostHdcScanDate(d), zero);
            d.LastContact = EventFreeLastContact(d.EndOfTreatment!.Value.AddDays(30));
            _drafts.Add(d);
        }
        // No HDC: progression during induction (4, died), toxic death during induction (1), poor response (3).
        for (var i = 0; i < 8; i++)
        {
            var d = Course(RandomDate(First, new DateOnly(2019, 12, 31)));
            d.Hdc = d.Radiotherapy = d.MaintenanceStart = d.EndOfTreatment = null;
            d.HdcRegimen = null;
            d.AntiGd2 = null;
            var dx = DiagnosisScores(Pick(_rng, Enumerable.Range(0, Segments), Between(3, 11)));
            d.Scan(DxScanDate(d), dx);
            if (i < 4)
            {
                var ev = d.Diagnosis.AddDays(Between(70, 130));
                d.InductionEnd = ev;
                d.Scan(ev.AddDays(-Between(0, 7)), Distribute(_rng, Support(dx), Math.Min(dx.Sum() + Between(2, 10), 6 * Support(dx).Length)));
                d.Events.Add((ev, EventType.Progression, ["primary", "bone_marrow"]));
                d.Die(ev.AddDays(Between(60, 400)));
            }
            else if (i == 4)
            {
                d.InductionEnd = null;
                d.Die(d.Diagnosis.AddDays(Between(40, 80)));
            }
            else
            {
                d.Scan(PostInductionScanDate(d), Reduce(_rng, dx, Math.Max(1, dx.Sum() / 2)));
                d.LastContact = EventFreeLastContact(d.InductionEnd!.Value.AddDays(400));
            }
            _drafts.Add(d);
        }
        // Progression after HDC, before any post-HDC assessment (early progression; both died).
        for (var i = 0; i < 2; i++)
        {
            var d = Course(RandomDate(First, new DateOnly(2019, 12, 31)));
            var dx = DiagnosisScores(Pick(_rng, Enumerable.Range(0, Segments), Between(3, 9)));
            d.Scan(DxScanDate(d), dx);
            d.Scan(PostInductionScanDate(d), Reduce(_rng, dx, Math.Max(1, dx.Sum() / 2)));
            var ev = d.Hdc!.Value.AddDays(Between(35, 55));
            d.Radiotherapy = d.MaintenanceStart = d.EndOfTreatment = null;
            d.AntiGd2 = null;
            d.Scan(ev.AddDays(-Between(0, 7)), Distribute(_rng, Support(dx), Math.Min(dx.Sum() + Between(2, 10), 6 * Support(dx).Length)));
            d.Events.Add((ev, EventType.Progression, ["bone_marrow"]));
            d.Die(ev.AddDays(Between(90, 500)));
            _drafts.Add(d);
        }
        // HDC given, but no post-HDC scan (2) or its consensus read still pending (1).
        for (var i = 0; i < 3; i++)
        {
            var d = Course(RandomDate(First, Last));
            var dx = DiagnosisScores(Pick(_rng, Enumerable.Range(0, Segments), Between(2, 9)));
            d.Scan(DxScanDate(d), dx);
            d.Scan(PostInductionScanDate(d), Reduce(_rng, dx, dx.Sum() / 3));
            if (i == 2) d.Scan(PostHdcScanDate(d), null, pendingTruth: Distribute(_rng, [Support(dx)[0]], 1));
            d.Scan(EotScanDate(d), new int[Segments]);
            d.LastContact = EventFreeLastContact(d.EndOfTreatment!.Value.AddDays(30));
            _drafts.Add(d);
        }
    }

    /// <summary>Diagnosis, post-induction, post-HDC and end-of-treatment scans of an uneventful course.</summary>
    private void AddStandardScans(DemoPatientDraft d, bool cleared)
    {
        var dx = DiagnosisScores(Pick(_rng, Enumerable.Range(0, Segments), Between(1, 9)));
        var post = cleared ? new int[Segments] : Reduce(_rng, dx, Between(1, Math.Max(1, dx.Sum() / 4)));
        d.Scan(DxScanDate(d), dx);
        d.Scan(PostInductionScanDate(d), Between(dx, post));
        d.Scan(PostHdcScanDate(d), post);
        d.Scan(EotScanDate(d), cleared ? post : Reduce(_rng, post, Between(0, post.Sum())));
    }
}

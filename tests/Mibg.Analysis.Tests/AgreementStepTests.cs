using Mibg.Core.TimePoints;
using Mibg.Core.Plan;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>Step 9 feeds the two readers' reads of every double-read scan, in scan order, to the agreement statistics.</summary>
public class AgreementStepTests
{
    [Fact]
    public void Reader_totals_and_bland_altman_by_hand()
    {
        // Four scans; spine read by R1 0, 2, 4, 6 and by R2 1, 2, 3, 6 (the consensus does not count).
        // Differences R1 − R2: −1, 0, 1, 0 → bias 0, sd √(2/3) = 0.816497, limits ± 1.96 sd = ± 1.600334.
        var h = new HandStudy().Patient("P1");
        int[] r1 = [0, 2, 4, 6], r2 = [1, 2, 3, 6];
        for (var i = 0; i < 4; i++)
            h.Scan("P1", $"S{i}", DxScanDate.AddDays(i), Seg(("spine", 3)), readers: (Seg(("spine", r1[i])), Seg(("spine", r2[i]))));
        var a = StudyAnalysis.Run(h.Build(), AnalysisPlan.Default with { Published = null }).Agreement!;
        Assert.Equal(["R1", "R2"], a.Readers);
        Assert.Equal(["S0", "S1", "S2", "S3"], a.ScanIds);
        Assert.Equal([(0, 1), (2, 2), (4, 3), (6, 6)], a.Totals.Select(t => (t.Reader1, t.Reader2)));
        Assert.Equal(0, a.Total.BlandAltman!.Bias, 12);
        Assert.Equal(Math.Sqrt(2.0 / 3), a.Total.BlandAltman.Sd, 12);
        Assert.Equal(1.96 * Math.Sqrt(2.0 / 3), a.Total.BlandAltman.Upper, 12);
        // Only the spine varies: it is the one segment with agreement statistics; the other 11 are listed with a note.
        Assert.Equal(["spine"], a.Segments.Where(s => s.Agreement is not null).Select(s => s.Segment));
        Assert.Equal(12, a.Segments.Count);
        Assert.Equal(2, a.Segments.Single(s => s.Segment == "spine").Agreeing);   // S1 (2, 2) and S3 (6, 6)
        // No kappa on the 0–72 total (a sum, not a category).
        Assert.Null(a.Total.Kappa);
        // By time point: the four scans lie within ± 30 days of diagnosis → one row, "diagnosis". Positive call (total > 0):
        // R1 no yes yes yes, R2 yes yes yes yes → 1 discordant (S0); p_o = 3/4, p_e = 0.75·1 + 0.25·0 = 0.75 → kappa 0.
        var dx = a.ByTimepoint.Single();
        Assert.Equal((TimePoint.Diagnosis, 4, 1), (dx.Timepoint, dx.Scans, dx.Discordant));
        Assert.Equal(["S0"], dx.DiscordantScans);
        Assert.Equal(0, dx.PersistenceKappa!.Value, 12);
        // Binary total > 3: R1 no no yes yes, R2 no no no yes → kappa = (0.75 − 0.5) / (1 − 0.5) = 0.5
        // (p_o = 3/4; p_e = 0.5·0.75 + 0.5·0.25 = 0.5).
        Assert.Equal(0.5, a.KappaTotalAbove3!.Value, 12);
    }
}

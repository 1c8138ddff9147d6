using Mibg.Core.Study;
using static Mibg.Analysis.Demo.SegmentDraw;

namespace Mibg.Analysis.Demo;

/// <summary>
/// Builds the synthetic demo cohort (no real patient): 201 eligible stage M patients over 1 year diagnosed
/// 2000–2020 — 171 cleared after HDC, 30 with persistent uptake designed to reproduce every published figure of
/// the seed study (design/domain.md) — plus 36 patients excluded at each flow step. All other details (dates,
/// other scores, reader disagreement, outcomes of the cleared) are drawn from a seeded <see cref="Random"/>.
/// </summary>
internal sealed partial class DemoCohortBuilder(int seed)
{
    /// <summary>Data freeze: no last contact after this date.</summary>
    public static readonly DateOnly Cutoff = new(2022, 9, 30);
    private static readonly DateOnly First = new(2000, 1, 1);
    private static readonly DateOnly Last = new(2020, 12, 31);

    private readonly Random _rng = new(seed);
    private readonly List<DemoPatientDraft> _drafts = [];

    public StudyData Build()
    {
        AddPersistent();
        for (var i = 0; i < 171; i++) AddCleared();
        AddExcluded();
        return DemoMaterializer.Materialize(_drafts, _rng);
    }

    // ---- shared course pieces ----

    private int Between(int lo, int hiInclusive) => _rng.Next(lo, hiInclusive + 1);
    private bool Chance(double p) => _rng.NextDouble() < p;
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _rng.NextDouble())) * Math.Cos(2 * Math.PI * _rng.NextDouble());
    private DateOnly RandomDate(DateOnly from, DateOnly to) => from.AddDays(_rng.Next(to.DayNumber - from.DayNumber + 1));
    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A stage M patient over 1 year with a full treatment course starting at <paramref name="dx"/>.</summary>
    private DemoPatientDraft Course(DateOnly dx)
    {
        var d = new DemoPatientDraft { Diagnosis = dx, AgeDays = StageMAgeDays() };
        Demographics(d);
        d.InductionEnd = dx.AddDays(Between(90, 140));
        d.Hdc = d.InductionEnd.Value.AddDays(Between(25, 55));
        d.Radiotherapy = d.Hdc.Value.AddDays(Between(45, 65));
        d.MaintenanceStart = d.Hdc.Value.AddDays(Between(75, 100));
        d.EndOfTreatment = d.MaintenanceStart.Value.AddDays(Between(165, 190));
        d.HdcRegimen = dx.Year < 2003 ? "CEM" : Chance(0.9) ? "BuMel" : "tandem";
        d.AntiGd2 = dx.Year >= 2012 ? (Chance(0.85) ? "yes" : "no") : "no";
        d.LastContact = Cutoff;
        return d;
    }

    /// <summary>
    /// Age at diagnosis of a stage M patient over 1 year: log-normal with median 3 years (1096 days) and σ 0.6, kept
    /// within 13 months to 18 years — the median age of HR-NBL1/SIOPEN (3 years, range 1–17.2; Ladenstein et al.) and
    /// of the Gustave Roussy busulfan–melphalan series (40 months); docs/analysis.md "The demo study".
    /// </summary>
    private int StageMAgeDays()
    {
        return (int)Math.Clamp(Math.Round(MedianAgeDays * Math.Exp(0.6 * Normal())), 400, 18 * 365);
    }

    /// <summary>Median age at diagnosis of the demo's stage M patients, days (3 years).</summary>
    public const int MedianAgeDays = 1096;

    private void Demographics(DemoPatientDraft d)
    {
        d.Sex = Chance(0.56) ? "M" : "F";
        var m = _rng.NextDouble();
        d.Mycn = m < 0.38 ? "amplified" : m < 0.43 ? "gain" : m < 0.47 ? "unknown" : "not_amplified";
        d.BoneMarrow = Chance(0.86) ? "yes" : Chance(0.7) ? "no" : "unknown";
        d.InductionRegimen = d.Diagnosis.Year < 2006 ? (Chance(0.6) ? "N5" : "GPOH") : "rapid COJEC";
    }

    /// <summary>Scan dates of the standard schedule.</summary>
    private DateOnly DxScanDate(DemoPatientDraft d) => d.Diagnosis.AddDays(Between(2, 14));
    private DateOnly PostInductionScanDate(DemoPatientDraft d) => d.InductionEnd!.Value.AddDays(Between(-14, 5));
    private DateOnly PostHdcScanDate(DemoPatientDraft d) => d.Hdc!.Value.AddDays(Between(60, 75));
    private DateOnly EotScanDate(DemoPatientDraft d) => d.EndOfTreatment!.Value.AddDays(Between(-20, 20));

    /// <summary>Diagnosis scores: every segment of <paramref name="support"/> positive, at least <paramref name="floor"/> there.</summary>
    private int[] DiagnosisScores(IEnumerable<int> support, int[]? floor = null)
    {
        var v = new int[Segments];
        foreach (var s in support)
            v[s] = floor is not null && floor[s] > 0 ? Math.Min(Max, floor[s] + Between(0, 2)) : Between(1, Max);
        return v;
    }

    /// <summary>Post-induction scores between the diagnosis and post-HDC scores, segment by segment.</summary>
    private int[] Between(int[] dx, int[] postHdc)
    {
        var v = new int[Segments];
        for (var i = 0; i < Segments; i++) v[i] = postHdc[i] + _rng.Next(Math.Max(0, dx[i] - postHdc[i]) + 1);
        return v;
    }

    /// <summary>Last contact for an event-free patient: recent, or lost to follow-up some time after the end of treatment.</summary>
    private DateOnly EventFreeLastContact(DateOnly notBefore) =>
        Later(Chance(0.12) ? RandomDate(Earlier(notBefore.AddDays(200), Cutoff), Cutoff) : Cutoff.AddDays(-Between(0, 300)), notBefore);

    /// <summary>Sites of an event row: the positive segment codes plus, sometimes, bone marrow.</summary>
    private string[] Sites(int[] progression)
    {
        var codes = Support(progression).Select(i => Core.Scoring.SiopenSegments.All[i].Code).ToList();
        if (Chance(0.4)) codes.Add("bone_marrow");
        if (codes.Count == 0) codes.Add(Chance(0.5) ? "primary" : "soft_tissue");
        return [.. codes];
    }
}

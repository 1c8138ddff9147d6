using Mibg.Core.Plan;
using Mibg.Core.Study;

namespace Mibg.Analysis.Demo;

/// <summary>
/// The synthetic demo study (design/analysis.md, "The demo study"): a deterministic cohort — no real patient —
/// whose analysis under the default plan reproduces every published figure of the seed study (201 eligible,
/// 30 persistent, 4 / 2 / 24, 7 / 17, 13 of 17 at prior skeletal sites, the SIOPEN medians and ranges, the
/// follow-up), with patients excluded at each flow step, two readers plus a consensus per scan, and outcomes for
/// survival curves; age and outcomes beyond the published figures are those of published high-risk cohorts
/// (docs/analysis.md, "The demo study"). The same seed always gives the same study; any seed reproduces the
/// published figures.
/// </summary>
public static class DemoStudy
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 2024;

    /// <summary>Data freeze of the demo: no date after it except the retrospective reads (2023).</summary>
    public static DateOnly DataFreeze => DemoCohortBuilder.Cutoff;

    /// <summary>The plan the demo is analysed with: the default plan, with the seed study's published figures set beside the results.</summary>
    public static AnalysisPlan Plan => AnalysisPlan.Default with { Published = PublishedComparison.Seed };

    /// <summary>Generates the demo study.</summary>
    public static StudyData Generate(int seed = DefaultSeed) => DemoTreatment.Add(new DemoCohortBuilder(seed).Build(), seed);
}

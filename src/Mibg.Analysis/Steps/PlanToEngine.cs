using Mibg.Core.Plan;
using Mibg.Statistics.Regression;
using Mibg.Statistics.Trial;

namespace Mibg.Analysis.Steps;

/// <summary>
/// The plan's closed sets mapped onto the statistics engine's own enums (Mibg.Core references nothing, so the plan
/// cannot name them); every value is mapped, an undefined one is refused.
/// </summary>
internal static class PlanToEngine
{
    public static CoxTies ToEngine(this CoxTieMethod ties) => ties switch
    {
        CoxTieMethod.Efron => CoxTies.Efron,
        CoxTieMethod.Breslow => CoxTies.Breslow,
        _ => throw new ArgumentOutOfRangeException(nameof(ties), ties, "undefined tie method"),
    };

    public static SampleSizeMethod ToEngine(this TrialSizingMethod method) => method switch
    {
        TrialSizingMethod.Schoenfeld => SampleSizeMethod.Schoenfeld,
        TrialSizingMethod.Freedman => SampleSizeMethod.Freedman,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "undefined sizing method"),
    };
}

using Mibg.Statistics.Trial;

namespace Mibg.Analysis.Trial;

/// <summary>The numbers of the trial-protocol paragraph and the paragraph itself.</summary>
/// <param name="Design">The design the numbers are for.</param>
/// <param name="Size">Events and patients (rpact-compatible; rounded-up values are the protocol's).</param>
/// <param name="EligiblePerCenterYear">Eligible patients per centre-year: stage M per centre-year × oligo-skeletal incidence.</param>
/// <param name="Accrual">Accrual with 1, 5, 10 and 20 centres at the consent rate.</param>
/// <param name="CentersForPlannedAccrual">Fewest centres that enrol the patients within the planned accrual years.</param>
/// <param name="Simulation">Monte Carlo power of the sized trial (analysis at the required events).</param>
/// <param name="Paragraph">Plain text a clinician can paste into a protocol's statistics section.</param>
public sealed record TrialProtocolSection(
    TrialDesign Design,
    TrialSizeResult Size,
    double EligiblePerCenterYear,
    IReadOnlyList<AccrualScenario> Accrual,
    int CentersForPlannedAccrual,
    SimulationResult Simulation,
    string Paragraph);

namespace Mibg.Analysis.Results;

/// <summary>
/// Who in this study a randomised trial of irradiating persistent sites could have enrolled (docs/analysis.md "Trial
/// eligibility"): persistent oligo-skeletal disease after HDC (the plan's oligo definition) and no persistent site
/// already irradiated within the plan's window. Every count names its patients.
/// </summary>
/// <param name="Oligo">Persistent patients with oligo-skeletal disease on the post-HDC scan.</param>
/// <param name="AlreadyIrradiated">Of those, patients with at least one persistent site irradiated (they received the experimental treatment).</param>
/// <param name="Eligible">Oligo patients not yet irradiated: the trial's population in this study.</param>
/// <param name="Of">Eligible patients of the whole study cohort (denominator).</param>
public sealed record TrialEligibility(IReadOnlyList<string> Oligo, IReadOnlyList<string> AlreadyIrradiated, IReadOnlyList<string> Eligible, int Of)
{
    /// <summary>Number of trial-eligible patients.</summary>
    public int N => Eligible.Count;
}

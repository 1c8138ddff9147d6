namespace Mibg.Statistics.Survival;

/// <summary>
/// A (weighted, possibly stratified) log-rank test; serialised with snake_case names it is the JSON of
/// <c>mibg logrank</c> (design/cli.md). R: <c>survdiff(Surv(time, event) ~ group + strata(s), rho = rho)</c>.
/// </summary>
/// <param name="Chisq">Chi-square statistic (O − E)ᵀ V⁻¹ (O − E), first group with expected &gt; 0 left out, as survdiff.</param>
/// <param name="Df">Degrees of freedom: groups with expected &gt; 0, minus 1.</param>
/// <param name="P">Upper-tail chi-square p-value.</param>
/// <param name="Strata">Per group (R calls these "strata" in its output too): size, observed and expected events.</param>
public sealed record LogRankResult(double Chisq, int Df, double P, IReadOnlyList<LogRankGroup> Strata);

/// <summary>One group of a log-rank test.</summary>
/// <param name="Name">Group label as written in the data.</param>
/// <param name="N">Subjects in the group.</param>
/// <param name="Observed">Observed events (weighted by S(t−)^rho when rho ≠ 0, as survdiff), summed over strata.</param>
/// <param name="Expected">Expected events under equal hazards (weighted likewise), summed over strata.</param>
public sealed record LogRankGroup(string Name, int N, double Observed, double Expected);

/// <summary>One pairwise log-rank comparison.</summary>
/// <param name="Group1">First group (earlier in factor-level order).</param>
/// <param name="Group2">Second group.</param>
/// <param name="Chisq">Chi-square of the two-group test (same strata and rho).</param>
/// <param name="P">Unadjusted p-value.</param>
/// <param name="PAdjusted">Holm-adjusted p-value over all pairs (R: <c>p.adjust(p, "holm")</c>).</param>
public sealed record PairwiseLogRank(string Group1, string Group2, double Chisq, double P, double PAdjusted);
